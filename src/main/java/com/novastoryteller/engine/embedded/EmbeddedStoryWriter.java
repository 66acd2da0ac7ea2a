package com.novastoryteller.engine.embedded;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import com.novastoryteller.engine.StoryRequest;
import com.novastoryteller.engine.StoryWriter;

/**
 * The offline story writer: plans a hero, a goal, an obstacle, a helper and a resolution from the
 * prompt, then tells it part by part in the story line format.
 */
@Component
@ConditionalOnProperty(name = "storyteller.providers.writer", havingValue = "embedded", matchIfMissing = true)
public class EmbeddedStoryWriter implements StoryWriter {

    private static final Pattern NAMED = Pattern.compile("(?:named|called)\\s+((?:[A-Z][\\p{L}'-]*\\s?){1,3})");
    private static final Pattern KIND = Pattern.compile("\\b(?:a|an)\\s+((?:[a-z]+\\s){0,2}?[a-z]+)\\s+(?:named|called)\\b");
    private static final List<String> NAMES = List.of("Mia", "Leo", "Zara", "Omar", "Lily", "Finn", "Nora", "Kai");

    @Override
    public void write(StoryRequest request, Consumer<String> lines) {
        SplittableRandom random = new SplittableRandom(request.seed() ^ request.prompt().hashCode());
        String hero = heroName(request.prompt(), random);
        String kind = heroKind(request.prompt());
        String about = request.prompt().strip().replaceFirst("(?i)^(tell me )?(a )?story about ", "");
        lines.accept("TITLE: " + (request.title() != null ? request.title() : hero + " and the Big Day"));
        int parts = request.length().parts();
        for (int part = 0; part < parts; part++) {
            lines.accept("PART: " + partTitle(part, parts));
            for (String line : partLines(part, parts, hero, kind, about, request, random)) {
                lines.accept(line);
            }
        }
    }

    private static List<String> partLines(int part, int parts, String hero, String kind, String about,
            StoryRequest request, SplittableRandom random) {
        List<String> lines = new ArrayList<>();
        String voice = hero.toUpperCase(Locale.ROOT);
        if (part == 0) {
            lines.add("NARRATOR: This is a story about " + about.replaceAll("[.!?]+$", "") + ".");
            lines.add("NARRATOR: " + hero + " was " + article(kind) + " " + kind + " with a big heart.");
            lines.add(voice + ": \"Today feels like a day for something new!\"");
        }
        else if (part == parts - 1) {
            lines.add("NARRATOR: In the end, " + hero + " smiled and went home happy.");
            lines.add(voice + ": \"Friends make every day brighter.\"");
            lines.add("NARRATOR: What would you do on a day like that?");
        }
        else {
            lines.add("NARRATOR: On day " + (part + 1) + ", " + hero + " found a little problem on the way.");
            lines.add("NARRATOR: A kind friend came along and helped " + hero + " to solve it.");
        }
        for (String change : request.modifications()) {
            if (part == parts - 1) {
                lines.add(1, "NARRATOR: And then something changed: " + change.strip().replaceAll("[.!?]+$", "") + ".");
            }
        }
        if (random.nextBoolean() && part > 0 && part < parts - 1) {
            lines.add(voice + ": \"We did it together!\"");
        }
        return lines;
    }

    private static String partTitle(int part, int parts) {
        if (part == 0) {
            return "A Day Begins";
        }
        return part == parts - 1 ? "Home Again" : "On the Way, Part " + part;
    }

    private static String heroName(String prompt, SplittableRandom random) {
        Matcher named = NAMED.matcher(prompt);
        return named.find() ? named.group(1).strip() : NAMES.get(random.nextInt(NAMES.size()));
    }

    private static String heroKind(String prompt) {
        Matcher kind = KIND.matcher(prompt);
        return kind.find() ? kind.group(1) : "child";
    }

    private static String article(String word) {
        return "aeiou".indexOf(Character.toLowerCase(word.charAt(0))) >= 0 ? "an" : "a";
    }
}
