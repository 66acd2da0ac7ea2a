package com.novastoryteller.character;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.novastoryteller.engine.ImageStyle;
import com.novastoryteller.engine.Narrator;
import com.novastoryteller.engine.NarratorVoice;
import com.novastoryteller.engine.SafetyFilter;
import com.novastoryteller.web.InvalidRequest;
import com.novastoryteller.web.SnakeCase;

import jakarta.validation.Validator;

/**
 * What a character's fields must be beyond their Bean Validation limits: a name, one of the picture styles and
 * of the narrator's voices, and kind words (the safety filter reads each text). The problems are named by field,
 * as the request spells it, the first problem of each field only.
 */
@Component
class CharacterChecks {

    private final Validator validator;
    private final SafetyFilter safety;
    private final Narrator narrator;

    CharacterChecks(Validator validator, SafetyFilter safety, Narrator narrator) {
        this.validator = validator;
        this.safety = safety;
        this.narrator = narrator;
    }

    /** @throws InvalidRequest naming each field that needs another look */
    void requireValid(CharacterFields fields) {
        Map<String, String> problems = problems(fields);
        if (!problems.isEmpty()) {
            throw new InvalidRequest("Some fields need another look.", problems);
        }
    }

    Map<String, String> problems(CharacterFields fields) {
        Map<String, String> problems = new LinkedHashMap<>();
        validator.validate(fields).forEach(violation ->
                problems.putIfAbsent(SnakeCase.of(violation.getPropertyPath().toString()), violation.getMessage()));
        if (fields.name() == null || fields.name().isBlank()) {
            problems.putIfAbsent("name", "Give the character a name.");
        }
        if (fields.imageStyle() != null && ImageStyle.of(fields.imageStyle()).isEmpty()) {
            problems.putIfAbsent("image_style", "Pick one of the picture styles: " + String.join(", ",
                    Arrays.stream(ImageStyle.values()).map(ImageStyle::id).toList()) + ".");
        }
        if (fields.voice() != null && !fields.voice().isBlank() && !isVoice(fields.voice().strip())) {
            problems.putIfAbsent("voice", "Pick one of the voices: " + String.join(", ",
                    narrator.voices().stream().map(NarratorVoice::id).toList()) + ".");
        }
        unkindWords(fields).forEach(field -> problems.putIfAbsent(field, "Please choose kinder words."));
        return problems;
    }

    private boolean isVoice(String id) {
        return narrator.voices().stream().anyMatch(voice -> voice.id().equals(id));
    }

    /** The fields, in the order the form has them, whose words the safety filter refuses. */
    private List<String> unkindWords(CharacterFields fields) {
        Map<String, @Nullable String> words = new LinkedHashMap<>();
        words.put("name", fields.name());
        words.put("description", fields.description());
        words.put("gender", fields.gender());
        words.put("clothing_style", fields.clothingStyle());
        words.put("key_traits", fields.keyTraits());
        List<String> unkind = new ArrayList<>();
        words.forEach((field, text) -> {
            if (text != null && !text.isBlank() && !safety.check(text).isSafe()) {
                unkind.add(field);
            }
        });
        return unkind;
    }
}
