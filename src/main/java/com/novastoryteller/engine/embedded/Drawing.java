package com.novastoryteller.engine.embedded;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import com.novastoryteller.engine.embedded.reading.Being;
import com.novastoryteller.engine.embedded.reading.Goal;
import com.novastoryteller.engine.embedded.reading.Language;
import com.novastoryteller.engine.embedded.reading.Lexicon;
import com.novastoryteller.engine.embedded.reading.Phrase;
import com.novastoryteller.engine.embedded.reading.RequestReader;
import com.novastoryteller.engine.embedded.reading.StoryIdea;

/**
 * What the child's drawing shows, read from its description as a request is read: who is in it (a red dragon), where
 * (on a hill), what thing (a rocket), and, from the offline describer's colours, the drawing's main colour, its sky
 * and its ground. The story puts them in: the drawn creature comes to help, the drawn place is where it happens.
 *
 * @param who    the creature or person drawn, with its colour when the drawing gives one, or null
 * @param place  where the drawing happens, or null
 * @param thing  the thing drawn when no one is, or null
 * @param sky    the colour across the top of the drawing, or null
 * @param ground the colour along its bottom, or null
 */
record Drawing(@Nullable Being who, @Nullable Phrase place, @Nullable Phrase thing, @Nullable String sky,
        @Nullable String ground) {

    /** The offline describer's form: "a dragon, in bright red and green, with blue across the top and ...". */
    private static final Pattern DESCRIBED = Pattern.compile("^(.*?)(?:, in ((?:bright |dark )?[a-z ,]+?))?"
            + "(?:, all (?:bright|dark))?(?:, with (.*))?$");
    private static final Pattern SKY = Pattern.compile("\\b([a-z]+) across the top\\b");
    private static final Pattern GROUND = Pattern.compile("\\b([a-z]+) along the bottom\\b");
    private static final List<String> COLOURS = List.of("red", "orange", "yellow", "green", "blue", "purple", "pink",
            "brown", "black", "white", "grey", "gray", "golden", "silver");

    static Drawing of(String description) {
        Matcher described = DESCRIBED.matcher(description.strip());
        String caption = description.strip();
        String layout = "";
        List<String> colours = List.of();
        if (described.matches() && (described.group(2) != null || described.group(3) != null)) {
            caption = described.group(1);
            colours = described.group(2) == null ? List.of()
                    : List.of(described.group(2).replaceFirst("^(bright|dark) ", "").split(",? and |, "));
            layout = described.group(3) == null ? "" : described.group(3);
        }
        String sky = find(SKY, layout);
        String ground = find(GROUND, layout);
        // the drawn one's colour is a main colour that is neither the sky's nor the ground's
        String colour = colours.stream().filter(c -> !c.equals(sky) && !c.equals(ground)).findFirst().orElse(null);
        if (caption.equalsIgnoreCase("a picture")) {
            return new Drawing(null, null, null, sky, ground);
        }
        StoryIdea idea = RequestReader.read(caption.split("(?<=[.!?])\\s")[0]);
        List<Being> drawn = new ArrayList<>(idea.heroes());
        drawn.addAll(idea.others());
        drawn.removeIf(being -> "you".equals(being.name()));
        Being who = drawn.isEmpty() ? null : coloured(drawn.get(0), colour);
        Phrase thing = who != null || idea.things().isEmpty() ? null : idea.things().get(0);
        Phrase place = idea.place();
        Goal doing = idea.goal();
        if (place == null && doing != null && doing.object() != null && doing.rest().matches("(?:\\w+ )?(on|in|at|under|by|near|beside|inside|above)")) {
            // "a unicorn standing on a rainbow bridge": where it stands is where it is
            place = Phrase.of(doing.rest().replaceFirst("^\\w+ (?=\\w)", ""), doing.object().words(), doing.object().head());
        }
        if (place == null && who == null && thing == null) {
            place = drawnPlace(caption);
        }
        return new Drawing(who, place, thing, sky, ground);
    }

    /** "a castle": a drawing of a place is where the story happens. */
    private static @Nullable Phrase drawnPlace(String caption) {
        String[] words = caption.strip().toLowerCase(java.util.Locale.ROOT).split("\\s+");
        String head = words[words.length - 1];
        Lexicon.Sort sort = Language.get().lexicon().sortOf(head);
        return sort == Lexicon.Sort.PLACE || sort == Lexicon.Sort.NATURE ? Phrase.of("at", caption.strip(), head) : null;
    }

    private static Being coloured(Being being, @Nullable String colour) {
        boolean hasColour = being.traits().stream().anyMatch(COLOURS::contains);
        if (colour == null || hasColour || !COLOURS.contains(colour) || being.kind() == null) {
            return being;
        }
        List<String> traits = new ArrayList<>(being.traits());
        traits.add(colour);
        return new Being(being.name(), being.kind(), traits, being.relation(), being.gender(), being.group(), being.count(),
                being.plural());
    }

    private static @Nullable String find(Pattern pattern, String layout) {
        Matcher matcher = pattern.matcher(layout);
        return matcher.find() && COLOURS.contains(matcher.group(1)) ? matcher.group(1) : null;
    }

    /** What the drawn one is, with the drawing's words for it: "red dragon". */
    @Nullable String kindOfWho() {
        return who == null ? null : who.describedKind();
    }
}
