package com.novastoryteller.engine.embedded.reading;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A character of the request: "Pebble" who is "a penguin", "Cog" who is one of "two robots", "Rex" who is
 * "my dog", or "a shy tortoise" with no name yet.
 *
 * @param name     the name the child gave ("Captain Mirelle", "Rexy"), or null
 * @param kind     what it is, singular ("penguin", "bear cub", "red blood cell"), or null when only named
 * @param traits   words the child used of it ("shy", "brave", "little")
 * @param relation how the story speaks of it as someone's, told to the child: "your dog", "her brother",
 *                 "Grandma Odette's piano", or null
 * @param gender   she, he or it as the request tells; {@link Gender#UNKNOWN} when it does not
 * @param group    what the child called the group it belongs to ("two robots"), or null
 * @param count    1 for one character; more for a group the child did not name one by one ("three little pigs"),
 *                 0 for such a group of no given size ("robots")
 * @param plural   the kind in the plural, as the child wrote it ("pigs"), for a group
 */
public record Being(@Nullable String name, @Nullable String kind, List<String> traits, @Nullable String relation,
        Gender gender, @Nullable String group, int count, @Nullable String plural) {

    private static final List<String> NUMBER_WORDS = List.of("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");

    public enum Gender { FEMALE, MALE, UNKNOWN }

    public Being {
        traits = List.copyOf(traits);
    }

    /** How the story first calls it: "Pebble", "your dog", "Grandma Odette's piano", or "the shy tortoise" for one with no name. */
    public String called() {
        if (name != null) {
            return name;
        }
        if (relation != null && count == 1 && traits.isEmpty()) {
            return relation;
        }
        String noun = count == 1 ? kind : plural;
        String number = count > 1 && count <= 10 ? NUMBER_WORDS.get(count - 2) + " " : "";
        return "the " + number + (traits.isEmpty() ? "" : String.join(" ", traits) + " ") + noun;
    }

    /** What it is with the child's words for it: "shy tortoise", "red dragon"; null when only named. */
    public @Nullable String describedKind() {
        return kind == null ? null : (traits.isEmpty() ? "" : String.join(" ", traits) + " ") + kind;
    }

    /** Whether the story speaks of it as "they": a group, or a child called "you". */
    public boolean isPlural() {
        return count != 1;
    }

    Being withGender(Gender newGender) {
        return new Being(name, kind, traits, relation, newGender, group, count, plural);
    }
}
