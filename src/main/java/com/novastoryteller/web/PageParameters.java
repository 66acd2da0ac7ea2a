package com.novastoryteller.web;

import org.springframework.data.domain.PageRequest;

/** Reads {@code page} (from 1) and {@code page_size} (1 to 100) the way every list of the API does. */
public final class PageParameters {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    private PageParameters() {
    }

    public static PageRequest of(int page, int pageSize) {
        if (page < 1) {
            throw new InvalidRequest("page", "Pages are counted from 1.");
        }
        if (pageSize < 1 || pageSize > MAX_SIZE) {
            throw new InvalidRequest("page_size", "A page holds 1 to " + MAX_SIZE + " items.");
        }
        return PageRequest.of(page - 1, pageSize);
    }
}
