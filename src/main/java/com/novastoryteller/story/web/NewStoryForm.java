package com.novastoryteller.story.web;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

import com.novastoryteller.story.NewStory;
import com.novastoryteller.web.InvalidRequest;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A new story's fields as multipart form fields, read with the same names, conversions and checks as the JSON
 * body ({@code age_band}, {@code character_ids}, …), so that both ways of asking answer alike.
 */
@Component
class NewStoryForm {

    private static final Set<String> LISTS = Set.of("character_ids");

    private final JsonMapper json;
    private final Validator validator;

    NewStoryForm(JsonMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    NewStory read(MultiValueMap<String, String> fields, String... otherFields) {
        Map<String, Object> values = new LinkedHashMap<>();
        fields.forEach((name, given) -> {
            if (!List.of(otherFields).contains(name)) {
                values.put(name, LISTS.contains(name) ? given : given.get(0));
            }
        });
        NewStory request;
        try {
            request = json.convertValue(values, NewStory.class);
        }
        catch (JacksonException | IllegalArgumentException e) {
            throw new InvalidRequest("The story request has a field that is unknown or not valid.",
                    Map.of("request", "Check the field names and values (age_band, template, length, language, interactive)."));
        }
        Set<ConstraintViolation<NewStory>> problems = validator.validate(request);
        if (!problems.isEmpty()) {
            Map<String, String> errors = new HashMap<>();
            problems.forEach(problem -> errors.put(snakeCase(problem.getPropertyPath().toString()), problem.getMessage()));
            throw new InvalidRequest("The story request is not valid.", errors);
        }
        return request;
    }

    private static String snakeCase(String property) {
        return property.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase();
    }
}
