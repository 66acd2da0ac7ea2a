package com.novastoryteller.account;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.core.io.Resource;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The download of an account's data: a zip of JSON documents and the files they name. */
public final class AccountArchive implements AutoCloseable {

    private final ZipOutputStream zip;
    private final JsonMapper json;

    AccountArchive(OutputStream out, JsonMapper json) {
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        this.json = json.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();
    }

    /** Where a story's files are in the download: each module that keeps something of a story puts it there. */
    public static String storyFolder(UUID storyId) {
        return "stories/" + storyId + "/";
    }

    /** Adds {@code value} as an indented JSON document, in the API's own shape. */
    public void json(String path, Object value) throws IOException {
        bytes(path, json.writeValueAsBytes(value));
    }

    public void text(String path, String text) throws IOException {
        bytes(path, text.getBytes(StandardCharsets.UTF_8));
    }

    public void file(String path, Resource file) throws IOException {
        files(path, List.of(file));
    }

    /** One file of several joined end to end, such as MP3 clips that make one recording. */
    public void files(String path, List<Resource> parts) throws IOException {
        zip.putNextEntry(new ZipEntry(path));
        for (Resource part : parts) {
            try (InputStream in = part.getInputStream()) {
                in.transferTo(zip);
            }
        }
        zip.closeEntry();
    }

    private void bytes(String path, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(path));
        zip.write(content);
        zip.closeEntry();
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
