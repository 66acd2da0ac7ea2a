package com.novastoryteller.admin.web;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The console's links to the newer and older page of a list: this request's address with another page number. */
record PageLinks(int number, int total, @Nullable String newer, @Nullable String older) {

    static PageLinks of(Page<?> page) {
        return new PageLinks(page.getNumber() + 1, page.getTotalPages(),
                page.hasPrevious() ? to(page.getNumber()) : null, page.hasNext() ? to(page.getNumber() + 2) : null);
    }

    private static String to(int pageNumber) {
        return ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", pageNumber).build()
                .toUriString();
    }
}
