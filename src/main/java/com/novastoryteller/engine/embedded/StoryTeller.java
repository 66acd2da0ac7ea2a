package com.novastoryteller.engine.embedded;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.novastoryteller.engine.AgeBand;

/**
 * Tells one planned story line by line from the phrase book: expands {@code <rule>} references, picks
 * one of each {@code (this|that)} set, fills the {@code {slot}}s, and never says the same sentence twice.
 * Within a story each rule's alternatives are used up before any comes round again.
 */
final class StoryTeller {

    private static final Pattern RULE = Pattern.compile("<([a-z0-9-]+)>");
    private static final Pattern ALTERNATIVES = Pattern.compile("\\(([^()]*\\|[^()]*)\\)");
    private static final Pattern SLOT = Pattern.compile("\\{([a-z'-]+)\\}");
    private static final Pattern WORD = Pattern.compile("(?<![{<-])\\b[A-Za-z]+\\b(?![}>-])");
    private static final Pattern SENTENCE_START = Pattern.compile("([.!?] )([a-z])");
    private static final Pattern ARTICLE = Pattern.compile("\\b([Aa])n? (?=([A-Za-z]+))");
    private static final Pattern SOUNDS_LIKE_A_CONSONANT = Pattern.compile("(?i)^(uni|use|usu|uk|one|eu|ur[aeiou]).*");

    private final Grammar grammar;
    private final AgeBand band;
    private final SplittableRandom random;
    private final Consumer<String> lines;
    private final Map<String, String> slots = new HashMap<>();
    /** Slots as the heroes say them: "find my sparkle" where the narrator says "find her sparkle". */
    private final Map<String, String> spoken = new HashMap<>();
    private final Set<String> heroSpeakers = new HashSet<>();
    private boolean speaking;
    private final Map<String, List<String>> unused = new HashMap<>();
    private final Set<String> said = new HashSet<>();
    /** Sentences the listener has already heard in this story, told before this teller began. */
    private final Set<String> heard = new HashSet<>();
    private final Deque<String> lastStarts = new ArrayDeque<>();
    private int wordsTold;
    private int turn;
    private boolean headingHeard;

    StoryTeller(Grammar grammar, AgeBand band, SplittableRandom random, Consumer<String> lines) {
        this.grammar = grammar;
        this.band = band;
        this.random = random;
        this.lines = line -> {
            if (!line.startsWith("TITLE: ") && !line.startsWith("PART: ") && !line.startsWith("CHOICE: ")) {
                wordsTold += line.substring(line.indexOf(':') + 1).strip().split("\\s+").length;
            }
            lines.accept(line);
        };
    }

    /** How many words the story has so far, heard before this teller began or told by it (titles and headings not counted). */
    int wordsTold() {
        return wordsTold;
    }

    /** Whose turn it is to speak, counting up from 0. */
    int nextTurn() {
        return turn++;
    }


    /** A teller for the rest of the same story: the same slots, another random stream. */
    StoryTeller continuing(SplittableRandom random) {
        StoryTeller next = new StoryTeller(grammar, band, random, this.lines);
        next.slots.putAll(slots);
        next.spoken.putAll(spoken);
        next.heroSpeakers.addAll(heroSpeakers);
        return next;
    }

    /** Remembers a sentence of the story so far, so that it is not told again; its words count towards the story's length. */
    void heard(String sentence) {
        heard.add(sentence.strip().replaceAll("^\"|\"$", ""));
        wordsTold += sentence.strip().split("\\s+").length;
    }

    void slot(String name, String value) {
        slots.put(name, value);
    }

    String slot(String name) {
        return slots.get(name);
    }

    /** The slot's value in the heroes' own lines, when it differs from the narrator's. */
    void spokenSlot(String name, String value) {
        spoken.put(name, value);
    }

    /** Whose lines use the heroes' own words. */
    void hero(String speaker) {
        heroSpeakers.add(speaker.toUpperCase(Locale.ROOT));
    }

    <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    boolean has(String rule) {
        return !grammar.alternatives(rule, band).isEmpty();
    }

    /** One alternative of the rule, fully expanded. */
    String phrase(String rule) {
        return expand("<" + rule + ">");
    }

    /** A sentence from the rule whose pattern this story has not used yet, or null when all have been used. */
    private String unusedSentence(String rule) {
        List<String> left = unused.computeIfAbsent("sentence:" + rule, name -> new ArrayList<>(grammar.alternatives(rule, band)));
        return left.isEmpty() ? null : finish(expand(left.remove(random.nextInt(left.size()))));
    }

    void title(String title) {
        lines.accept("TITLE: " + title);
    }

    void choice(String option) {
        lines.accept("CHOICE: " + finish(fillSlots(option)));
    }

    void part(String rule) {
        if (headingHeard) {
            headingHeard = false;
            return;
        }
        lines.accept("PART: " + phrase(rule));
    }

    /** The next part goes on under the heading the listener already heard. */
    void withoutNextHeading() {
        headingHeard = true;
    }

    /** Narrates a sentence of the rule that has not been said yet; says nothing if the rule has none left. */
    void narrate(String rule) {
        String sentence = fresh(rule);
        if (sentence != null) {
            lines.accept("NARRATOR: " + sentence);
        }
    }

    void say(String speaker, String rule) {
        String words = inTheWordsOf(speaker, () -> fresh(rule));
        if (words != null) {
            lines.accept(speaker.toUpperCase(Locale.ROOT) + ": \"" + words + "\"");
        }
    }

    /** A character says words written in code (a fact, a line of the plan); said once at most. */
    void sayText(String speaker, String words) {
        String filled = inTheWordsOf(speaker, () -> finish(fillSlots(words)));
        if (!wasHeard(filled) && said.add(filled)) {
            lines.accept(speaker.toUpperCase(Locale.ROOT) + ": \"" + filled + "\"");
        }
    }

    /** Slots filled as the speaker says them: a hero's own words for the goal ("my sparkle"), anyone else's as narrated. */
    private <T> T inTheWordsOf(String speaker, java.util.function.Supplier<T> saying) {
        speaking = heroSpeakers.contains(speaker.toUpperCase(Locale.ROOT));
        try {
            return saying.get();
        }
        finally {
            speaking = false;
        }
    }

    /** Narrates a sentence written in code, with slots but no rules; said once at most. */
    void narrateText(String sentence) {
        String filled = finish(fillSlots(sentence));
        if (!wasHeard(filled) && said.add(filled)) {
            lines.accept("NARRATOR: " + filled);
        }
    }

    /**
     * A sentence of the rule not said before and not starting like the two lines before it (three
     * sentences in a row that begin alike read badly), or null if the rule has none left.
     */
    private String fresh(String rule) {
        String sentence;
        do {
            sentence = unusedSentence(rule);
        }
        while (sentence != null && (startsLikeTheLastTwo(sentence) || wasHeard(sentence) || !said.add(sentence)));
        if (sentence != null) {
            lastStarts.addFirst(firstWord(sentence));
            if (lastStarts.size() > 2) {
                lastStarts.removeLast();
            }
        }
        return sentence;
    }

    private boolean wasHeard(String line) {
        return heard.stream().anyMatch(line::contains);
    }

    private boolean startsLikeTheLastTwo(String sentence) {
        return lastStarts.size() == 2 && lastStarts.stream().allMatch(firstWord(sentence)::equals);
    }

    private static String firstWord(String sentence) {
        return sentence.split("[\\s,.!?']", 2)[0];
    }

    private String expand(String text) {
        String expanded = text;
        for (int depth = 0; depth < 8 && expanded.indexOf('<') >= 0; depth++) {
            expanded = RULE.matcher(expanded).replaceAll(match -> Matcher.quoteReplacement(alternative(match.group(1))));
        }
        Matcher alternatives = ALTERNATIVES.matcher(expanded);
        while (alternatives.find()) {
            String[] options = alternatives.group(1).split("\\|", -1);
            expanded = expanded.substring(0, alternatives.start()) + options[random.nextInt(options.length)]
                    + expanded.substring(alternatives.end());
            alternatives = ALTERNATIVES.matcher(expanded);
        }
        return fillSlots(withSynonyms(expanded));
    }

    /** Swaps words for synonyms at random; runs before the slots are filled, so the child's words stay as they are. */
    private String withSynonyms(String text) {
        return WORD.matcher(text).replaceAll(match -> {
            String word = match.group();
            boolean capital = Character.isUpperCase(word.charAt(0));
            List<String> choices = grammar.synonyms(capital ? word.toLowerCase(Locale.ROOT) : word);
            if (choices == null) {
                return word;
            }
            String chosen = choices.get(random.nextInt(choices.size()));
            return Matcher.quoteReplacement(capital ? Character.toUpperCase(chosen.charAt(0)) + chosen.substring(1) : chosen);
        });
    }

    /** Draws without putting back until the rule's alternatives are used up, then starts again. */
    private String alternative(String rule) {
        List<String> all = grammar.alternatives(rule, band);
        if (all.isEmpty()) {
            throw new IllegalStateException("The phrase book has no rule " + rule);
        }
        List<String> left = unused.computeIfAbsent(rule, name -> new ArrayList<>());
        if (left.isEmpty()) {
            left.addAll(all);
        }
        return left.remove(random.nextInt(left.size()));
    }

    private String fillSlots(String text) {
        return SLOT.matcher(text).replaceAll(match -> {
            String value = speaking && spoken.containsKey(match.group(1)) ? spoken.get(match.group(1)) : slots.get(match.group(1));
            if (value == null) {
                throw new IllegalStateException("No value for the slot " + match.group(1));
            }
            return Matcher.quoteReplacement(value);
        });
    }

    /** A finished sentence: spaces, "a" or "an", capitals, and "you" where the child is in the story ("your", "you thought"). */
    private static String finish(String sentence) {
        String tidy = sentence.replaceAll("\\s{2,}", " ").replaceAll("\\s+([,.!?;:])", "$1").replaceAll("\\b([Yy])ou's\\b", "$1our")
                .replaceAll("\\b(thought|said|asked|cried|whispered|shouted|called|wondered|laughed|sighed|gasped) you\\b", "you $1")
                .strip();
        tidy = ARTICLE.matcher(tidy).replaceAll(match -> startsWithVowelSound(match.group(2)) ? match.group(1) + "n " : match.group(1) + " ");
        tidy = SENTENCE_START.matcher(tidy).replaceAll(match -> match.group(1) + match.group(2).toUpperCase(Locale.ROOT));
        return tidy.isEmpty() ? tidy : Character.toUpperCase(tidy.charAt(0)) + tidy.substring(1);
    }

    private static boolean startsWithVowelSound(String word) {
        return "aeiouAEIOU".indexOf(word.charAt(0)) >= 0 && !SOUNDS_LIKE_A_CONSONANT.matcher(word).matches();
    }
}
