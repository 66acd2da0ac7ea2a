package com.novastoryteller.narration.web;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * An ID3v2.4 tag for the whole story's MP3: its title, who made it, and a chapter per part (the CHAP and CTOC
 * frames of the ID3v2 chapter addendum), which podcast and audiobook players show and skip between. Written
 * by hand: a few frames of plain bytes, put in front of the MPEG frames when the file is downloaded.
 */
final class Id3Tag {

    private static final byte UTF_8 = 3;

    private Id3Tag() {
    }

    /** A part of the story, from {@code startMs} to {@code endMs} of the file. */
    record Chapter(String title, long startMs, long endMs) {
    }

    static byte[] of(String title, String artist, List<Chapter> chapters) {
        ByteArrayOutputStream frames = new ByteArrayOutputStream();
        frames.writeBytes(frame("TIT2", text(title)));
        frames.writeBytes(frame("TPE1", text(artist)));
        if (!chapters.isEmpty()) {
            ByteArrayOutputStream toc = new ByteArrayOutputStream();
            toc.writeBytes(terminated("toc"));
            toc.write(0x03); // top level, ordered
            toc.write(chapters.size());
            for (int n = 0; n < chapters.size(); n++) {
                toc.writeBytes(terminated("ch" + n));
            }
            toc.writeBytes(frame("TIT2", text(title)));
            frames.writeBytes(frame("CTOC", toc.toByteArray()));
            for (int n = 0; n < chapters.size(); n++) {
                Chapter chapter = chapters.get(n);
                ByteArrayOutputStream chap = new ByteArrayOutputStream();
                chap.writeBytes(terminated("ch" + n));
                chap.writeBytes(ByteBuffer.allocate(16).putInt((int) chapter.startMs()).putInt((int) chapter.endMs())
                        .putInt(-1).putInt(-1).array()); // byte offsets unknown: players use the times
                chap.writeBytes(frame("TIT2", text(chapter.title())));
                frames.writeBytes(frame("CHAP", chap.toByteArray()));
            }
        }
        byte[] body = frames.toByteArray();
        ByteArrayOutputStream tag = new ByteArrayOutputStream();
        tag.writeBytes(new byte[] { 'I', 'D', '3', 4, 0, 0 });
        tag.writeBytes(syncsafe(body.length));
        tag.writeBytes(body);
        return tag.toByteArray();
    }

    private static byte[] frame(String id, byte[] content) {
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        frame.writeBytes(id.getBytes(StandardCharsets.US_ASCII));
        frame.writeBytes(syncsafe(content.length));
        frame.writeBytes(new byte[] { 0, 0 });
        frame.writeBytes(content);
        return frame.toByteArray();
    }

    private static byte[] text(String text) {
        byte[] words = text.getBytes(StandardCharsets.UTF_8);
        ByteBuffer content = ByteBuffer.allocate(words.length + 1);
        return content.put(UTF_8).put(words).array();
    }

    private static byte[] terminated(String id) {
        byte[] ascii = id.getBytes(StandardCharsets.ISO_8859_1);
        return ByteBuffer.allocate(ascii.length + 1).put(ascii).put((byte) 0).array();
    }

    /** A size in ID3's 7-bits-per-byte form, so that no byte of it looks like the start of an MPEG frame. */
    private static byte[] syncsafe(int size) {
        return new byte[] { (byte) (size >> 21 & 0x7F), (byte) (size >> 14 & 0x7F), (byte) (size >> 7 & 0x7F),
                (byte) (size & 0x7F) };
    }
}
