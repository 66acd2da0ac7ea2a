package com.novastoryteller.character;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import com.novastoryteller.web.InvalidRequest;

import tools.jackson.databind.JsonNode;

/**
 * Reads an import file: one character or an array of them, with the fields and aliases of the library's first
 * version ({@code physical_appearance} for a missing description, {@code traits} for missing key traits, an
 * age as a number or as words such as "7 years"). Fields it does not know are ignored, so a file exported
 * elsewhere imports too.
 */
public final class CharacterImport {

    static final int MAX_ITEMS = 500;
    private static final Pattern NUMBER = Pattern.compile("\\d{1,4}");

    private CharacterImport() {
    }

    /** One item of the file: the fields it gives, whether it asks for a new portrait, or why it cannot be read. */
    record Item(int index, @Nullable CharacterFields fields, boolean newPortrait, @Nullable String unreadable) {
    }

    public static List<Item> read(JsonNode file) {
        List<JsonNode> nodes = new ArrayList<>();
        if (file.isArray()) {
            file.forEach(nodes::add);
        }
        else if (file.isObject()) {
            nodes.add(file);
        }
        else {
            throw new InvalidRequest("file", "Import a JSON object, or an array of them, each with at least a name.");
        }
        if (nodes.size() > MAX_ITEMS) {
            throw new InvalidRequest("file", "Import at most " + MAX_ITEMS + " characters at a time.");
        }
        List<Item> items = new ArrayList<>();
        for (int index = 0; index < nodes.size(); index++) {
            JsonNode node = nodes.get(index);
            items.add(node.isObject() ? item(index, node) : new Item(index, null, false, "This item is not an object."));
        }
        return items;
    }

    private static Item item(int index, JsonNode node) {
        CharacterFields fields = new CharacterFields(text(node, "name"), text(node, "description", "physical_appearance"),
                age(node.get("age")), text(node, "gender"), text(node, "clothing_style"), text(node, "key_traits", "traits"),
                text(node, "image_style"), text(node, "voice"));
        JsonNode generate = node.get("generate_image");
        return new Item(index, fields, generate != null && generate.asBoolean(false), null);
    }

    /** The first of the named fields that has something in it; a list of words is joined with commas. */
    private static @Nullable String text(JsonNode node, String... names) {
        for (String name : names) {
            JsonNode value = node.get(name);
            if (value == null || value.isNull()) {
                continue;
            }
            String text = value.isArray() ? joined(value) : value.isValueNode() ? value.asString() : null;
            if (text != null && !text.isBlank()) {
                return text.strip();
            }
        }
        return null;
    }

    private static String joined(JsonNode list) {
        List<String> words = new ArrayList<>();
        list.forEach(word -> {
            if (word.isValueNode() && !word.asString().isBlank()) {
                words.add(word.asString().strip());
            }
        });
        return String.join(", ", words);
    }

    private static @Nullable Integer age(@Nullable JsonNode age) {
        if (age == null || age.isNull()) {
            return null;
        }
        if (age.isNumber()) {
            // Casting saturates: an age past int's range (2147483648) is kept past the limit, so the check names it.
            return (int) age.numberValue().doubleValue();
        }
        Matcher number = NUMBER.matcher(age.asString());
        return number.find() ? Integer.valueOf(number.group()) : null;
    }
}
