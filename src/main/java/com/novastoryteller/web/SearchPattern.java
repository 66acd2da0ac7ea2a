package com.novastoryteller.web;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** The SQL LIKE pattern for "contains these words", lower-cased, with LIKE's own wildcards escaped. */
public final class SearchPattern {

    private SearchPattern() {
    }

    /** {@code %} (everything) for a blank query. */
    public static String contains(@Nullable String query) {
        if (query == null || query.isBlank()) {
            return "%";
        }
        String escaped = query.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
