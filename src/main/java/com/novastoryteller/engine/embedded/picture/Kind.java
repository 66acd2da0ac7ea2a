package com.novastoryteller.engine.embedded.picture;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One drawable kind, as a line of {@code illustrator/kinds.txt} describes it: its body plan and its parts, each part
 * a word the plan knows ("ears=pointed", "tail=bushy") or a list of colours that a name chooses between.
 */
record Kind(String name, Plan plan, Map<String, String> parts) {

    static Kind parse(String line) {
        String[] fields = line.trim().split("\\s+");
        Map<String, String> parts = new LinkedHashMap<>();
        for (String field : Arrays.copyOfRange(fields, 2, fields.length)) {
            int equals = field.indexOf('=');
            parts.put(field.substring(0, equals), field.substring(equals + 1));
        }
        return new Kind(spaced(fields[0]), Plan.valueOf(fields[1].toUpperCase(Locale.ROOT)), Map.copyOf(parts));
    }

    /** The part's value, or the fallback when the kind has none. */
    String part(String key, String fallback) {
        return parts.getOrDefault(key, fallback);
    }

    boolean has(String key, String value) {
        return value.equals(parts.get(key));
    }

    /** One of the part's |-separated choices, picked by the seed, so a name keeps its choice. */
    @Nullable String pick(String key, long seed) {
        String value = parts.get(key);
        if (value == null) {
            return null;
        }
        String[] choices = value.split("\\|");
        return choices[(int) Math.floorMod(seed, (long) choices.length)];
    }

    /**
     * The extras it always has, and those marked "?" that only some of its kind have ("glasses?"), chosen by the
     * seed; so some kings have beards and some do not.
     */
    List<String> extras(long seed) {
        String value = parts.get("extra");
        if (value == null) {
            return List.of();
        }
        long mix = seed;
        java.util.ArrayList<String> extras = new java.util.ArrayList<>();
        for (String extra : value.split(",")) {
            mix = mix * 6364136223846793005L + 1442695040888963407L;
            if (!extra.endsWith("?")) {
                extras.add(spaced(extra));
            }
            else if ((mix >>> 33) % 2 == 0) {
                extras.add(spaced(extra.substring(0, extra.length() - 1)));
            }
        }
        return extras;
    }

    List<String> words(String key) {
        String value = parts.get(key);
        return value == null ? List.of() : Arrays.stream(value.split(",")).map(Kind::spaced).toList();
    }

    double size() {
        return Double.parseDouble(part("size", "1"));
    }

    static String spaced(String word) {
        return word.replace('_', ' ');
    }
}
