package com.novastoryteller.web;

/**
 * Text a person could have typed: no C0/C1 control characters other than tab and line breaks, no lone
 * UTF-16 surrogates, no bidi overrides, embeddings or isolates (U+202A–U+202E, U+2066–U+2069). Those
 * break speech synthesis (MaryXML), XML books, PostgreSQL text columns, or disguise a name ("evil\u202Etxt.exe").
 */
public final class PlainText {

    private PlainText() {
    }

    public static boolean isPlain(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            }
            else if (isRefused(c)) {
                return false;
            }
        }
        return true;
    }

    /** The text without the characters {@link #isPlain} refuses, for names made from text stored before the check. */
    public static String strip(String text) {
        StringBuilder plain = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                plain.append(c).append(text.charAt(++i));
            }
            else if (!isRefused(c)) {
                plain.append(c);
            }
        }
        return plain.toString();
    }

    /** A download's name: {@link #strip}ped, and on one line. */
    public static String fileName(String name) {
        return strip(name).replaceAll("[\\t\\r\\n]+", " ");
    }

    private static boolean isRefused(char c) {
        boolean control = c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F;
        boolean bidiControl = c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
        return control || bidiControl || Character.isSurrogate(c);
    }
}
