package com.novastoryteller.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * One message per field, the one to act on first. An empty username breaks two rules (it must be given, and it
 * has 3 to 40 characters), and a page that shows both reads as two mistakes where there is one: the field is
 * asked for first, then how long it must be, then what it may hold.
 */
public final class FirstErrors {

    /** The rules in the order their messages come first; any other rule after them. */
    private static final List<String> FIRST = List.of("NotNull", "NotBlank", "NotEmpty", "Size", "Min", "Max", "Email",
            "Pattern");

    /** Which of two errors of one field a person should read. */
    public static final Comparator<FieldError> ORDER = Comparator.comparingInt(FirstErrors::rank);

    private FirstErrors() {
    }

    /**
     * The errors a form was sent back with, keeping only the first of each field's (and every error of the
     * whole form): put in the model under {@code BindingResult.MODEL_KEY_PREFIX + name}, a page shows it as it
     * would the original. A form that could not be made at all is answered as it was.
     */
    public static BindingResult of(BindingResult errors) {
        if (errors.getTarget() == null) {
            return errors;
        }
        BeanPropertyBindingResult first = new BeanPropertyBindingResult(errors.getTarget(), errors.getObjectName());
        Map<String, FieldError> byField = new LinkedHashMap<>();
        for (FieldError error : errors.getFieldErrors()) {
            byField.merge(error.getField(), error, (kept, other) -> ORDER.compare(other, kept) < 0 ? other : kept);
        }
        byField.values().forEach(first::addError);
        errors.getGlobalErrors().forEach(first::addError);
        return first;
    }

    private static int rank(FieldError error) {
        int rank = FIRST.indexOf(error.getCode());
        return rank < 0 ? FIRST.size() : rank;
    }
}
