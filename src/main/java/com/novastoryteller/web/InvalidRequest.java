package com.novastoryteller.web;

import java.util.Map;

/** A request that Bean Validation cannot judge alone, answered as a 400 naming the field. */
public class InvalidRequest extends RuntimeException {

    private final Map<String, String> errors;

    public InvalidRequest(String field, String message) {
        super(message);
        this.errors = Map.of(field, message);
    }

    public InvalidRequest(String message, Map<String, String> errors) {
        super(message);
        this.errors = Map.copyOf(errors);
    }

    public Map<String, String> errors() {
        return errors;
    }
}
