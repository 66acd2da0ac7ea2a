package com.novastoryteller.engine.provider;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/** Raw 16-bit little-endian mono PCM as a WAV file, for the APIs that want a file. */
public final class WavFile {

    private WavFile() {
    }

    /** How long a recording lasts, if it is a WAV file; 0 for other formats, which are not read here. */
    public static long durationMs(byte[] recording, String format) {
        if (!format.equals("wav")) {
            return 0;
        }
        try {
            AudioFileFormat file = AudioSystem.getAudioFileFormat(new ByteArrayInputStream(recording));
            return Math.round(file.getFrameLength() * 1000.0 / file.getFormat().getFrameRate());
        }
        catch (UnsupportedAudioFileException | IOException unreadable) {
            return 0;
        }
    }

    public static byte[] of(byte[] pcm, int sampleRate) {
        AudioFormat format = new AudioFormat(sampleRate, 16, 1, true, false);
        ByteArrayOutputStream wav = new ByteArrayOutputStream(pcm.length + 44);
        try (AudioInputStream audio = new AudioInputStream(new ByteArrayInputStream(pcm), format, pcm.length / 2)) {
            AudioSystem.write(audio, AudioFileFormat.Type.WAVE, wav);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return wav.toByteArray();
    }
}
