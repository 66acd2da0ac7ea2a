package com.novastoryteller.character;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What an import did: how many characters were saved (new or updated), how many could not be, and why; items
 * without a name are skipped.
 */
public record ImportResult(int saved, int failed, int skipped, List<ItemError> errors) {

    /** Why the item at {@code index} (from 0) was not saved, field by field. */
    public record ItemError(int index, @Nullable String name, Map<String, String> errors) {
    }
}
