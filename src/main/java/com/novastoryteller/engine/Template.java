package com.novastoryteller.engine;

import java.util.Arrays;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The kinds of story a child can pick. */
public enum Template {

    ADVENTURE("adventure", "Adventure", "A brave journey with a goal, a problem on the way and friends who help."),
    FANTASY("fantasy", "Fantasy", "Magic, talking animals and enchanted places where anything can happen."),
    SCI_FI("sci-fi", "Space and science", "Rockets, robots and far-away planets, full of curious ideas."),
    MYSTERY("mystery", "Mystery", "A puzzle to solve, clues to follow and a surprise at the end."),
    EDUCATIONAL("educational", "Learn something", "A story that explains how something in the world works.");

    private final String id;
    private final String displayName;
    private final String description;

    Template(String id, String displayName, String description) {
        this.id = id;
        this.displayName = displayName;
        this.description = description;
    }

    @JsonValue
    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public String description() {
        return description;
    }

    @JsonCreator
    public static Template fromId(String id) {
        return Arrays.stream(values()).filter(template -> template.id.equalsIgnoreCase(id.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "template must be one of adventure, fantasy, sci-fi, mystery, educational"));
    }
}
