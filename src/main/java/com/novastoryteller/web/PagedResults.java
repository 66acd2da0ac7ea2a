package com.novastoryteller.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** A page of a list as the API gives it: {@code {count, next, previous, results}}, with links to the neighbours. */
public record PagedResults<T>(long count, @Nullable String next, @Nullable String previous, List<T> results) {

    /** Builds the links from the current request, changing only its {@code page} parameter (pages count from 1). */
    public static <T> PagedResults<T> of(Page<T> page) {
        return new PagedResults<>(page.getTotalElements(),
                page.hasNext() ? linkToPage(page.getNumber() + 2) : null,
                page.hasPrevious() ? linkToPage(page.getNumber()) : null,
                page.getContent());
    }

    private static String linkToPage(int pageNumber) {
        return ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", pageNumber).toUriString();
    }
}
