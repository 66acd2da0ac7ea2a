package com.novastoryteller.engine.openai;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a {@code multipart/form-data} body into its parts by name, as a server would. */
final class Multipart {

    private static final Pattern NAME = Pattern.compile("name=\"([^\"]+)\"");

    private Multipart() {
    }

    static Map<String, byte[]> parse(byte[] body, String boundary) {
        byte[] delimiter = ("--" + boundary.replace("\"", "")).getBytes(StandardCharsets.ISO_8859_1);
        Map<String, byte[]> parts = new LinkedHashMap<>();
        int at = indexOf(body, delimiter, 0);
        while (at >= 0) {
            int start = at + delimiter.length;
            if (start + 2 <= body.length && body[start] == '-' && body[start + 1] == '-') {
                break;
            }
            int next = indexOf(body, delimiter, start);
            if (next < 0) {
                break;
            }
            byte[] part = Arrays.copyOfRange(body, start + 2, next - 2); // without the CRLFs around it
            int headersEnd = indexOf(part, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 0);
            String headers = new String(part, 0, headersEnd, StandardCharsets.ISO_8859_1);
            Matcher name = NAME.matcher(headers);
            if (name.find()) {
                parts.put(name.group(1), Arrays.copyOfRange(part, headersEnd + 4, part.length));
            }
            at = next;
        }
        return parts;
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
