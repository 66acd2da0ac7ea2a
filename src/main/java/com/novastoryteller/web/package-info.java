/**
 * The web shell: the home page and page layout, problem details for every error, request filters
 * (trailing slashes, body size, {@link com.novastoryteller.web.PlainText plain text}), health, and the API documentation.
 * <p>
 * Other modules use {@link com.novastoryteller.web.Problems}, {@link com.novastoryteller.web.InvalidRequest}
 * and {@link com.novastoryteller.web.PagedResults}.
 */
@NullMarked
package com.novastoryteller.web;

import org.jspecify.annotations.NullMarked;
