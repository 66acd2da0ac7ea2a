package com.novastoryteller.web;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * A field whose text {@link PlainText} refuses. An {@link ErrorResponseException}, so that pages answer
 * 400 as well as the API, whose problem names the field.
 */
class UnsafeText extends ErrorResponseException {

    UnsafeText(String field) {
        super(HttpStatus.BAD_REQUEST, Problems.invalid("Some text has characters that cannot be typed or shown.",
                Map.of(field, "Remove the control or text-direction characters from this text.")), null);
    }
}
