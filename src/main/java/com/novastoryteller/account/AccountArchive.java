package com.novastoryteller.account;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.core.io.Resource;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The download of an account's data: a zip of JSON documents and the files they name. */
public final class AccountArchive implements AutoCloseable {

    private static final int LONGEST_NAME = 60;
    /** Names Windows keeps for devices, also with an extension ("con.txt"). */
    private static final Pattern DEVICE_NAMES = Pattern.compile("(?i)(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\\..*)?");

    private final ZipOutputStream zip;
    private final JsonMapper json;

    AccountArchive(OutputStream out, JsonMapper json) {
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        this.json = json.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();
    }

    /**
     * Where each story's files are in the download, by its title ({@code stories/The Lost Kite/}): each module
     * that keeps something of a story puts it there. Given every story of the family, oldest first, it names them
     * the same way each time: a title another story already has (in any case) gets a number ("The Lost Kite (2)").
     * The story's id is in its {@code story.json}.
     */
    public static Map<UUID, String> storyFolders(LinkedHashMap<UUID, String> titlesOldestFirst) {
        Map<UUID, String> folders = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        titlesOldestFirst.forEach((id, title) -> {
            String name = safeName(title);
            String unique = name;
            for (int n = 2; !taken.add(unique.toLowerCase(Locale.ROOT)); n++) {
                unique = name + " (" + n + ")";
            }
            folders.put(id, "stories/" + unique + "/");
        });
        return folders;
    }

    /**
     * A title as a folder name that every system unpacks as it is: without the characters Windows, macOS or Linux
     * refuse or read otherwise (/ \ : * ? " < > | and control characters), without dots or spaces at its ends,
     * not a name Windows keeps for devices (CON, NUL, COM1…), and at most 60 characters.
     */
    static String safeName(String title) {
        String name = Normalizer.normalize(title, Normalizer.Form.NFC)
                .replaceAll("[\\p{Cc}\\p{Cf}/\\\\:*?\"<>|]+", " ")
                .replaceAll("[\\s\\p{Z}]+", " ")
                .replaceAll("^[ .]+|[ .]+$", "");
        if (name.codePointCount(0, name.length()) > LONGEST_NAME) {
            String cut = name.substring(0, name.offsetByCodePoints(0, LONGEST_NAME));
            int space = cut.lastIndexOf(' ');
            name = (space > LONGEST_NAME / 2 ? cut.substring(0, space) : cut).replaceAll("[ .]+$", "");
        }
        if (name.isEmpty()) {
            return "Untitled story";
        }
        return DEVICE_NAMES.matcher(name).matches() ? name + " (story)" : name;
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
