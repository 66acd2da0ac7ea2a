package com.novastoryteller.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.spelling.SpellingCheckRule;

import com.novastoryteller.engine.AgeBand;
import com.novastoryteller.engine.StoryLength;
import com.novastoryteller.engine.StoryLine;
import com.novastoryteller.engine.StoryRequest;
import com.novastoryteller.engine.StoryWriter;
import com.novastoryteller.engine.Template;
import com.novastoryteller.engine.embedded.EmbeddedStoryWriter;

/**
 * bench/story-quality: writes stories over every template and age band with the embedded writer and
 * measures them: LanguageTool issues per 100 words, sentence length and readability grade per age
 * band, how many of the prompts' named things made it into the story, and the share of distinct word
 * trigrams across all stories.
 */
public final class StoryQualityBench {

    /** Prompts and the named things each story must use. */
    private static final List<Prompt> PROMPTS = List.of(
            new Prompt("tell me a story about a brave astronaut named Captain Mirelle", "Captain Mirelle", "astronaut"),
            new Prompt("a hamster called Quibbleton who sails a teacup", "Quibbleton", "hamster", "teacup"),
            new Prompt("a dragon and a robot in the Whispering Woods with a golden key", "dragon", "robot", "Whispering Woods", "golden key"),
            new Prompt("a girl named Amara who finds a talking umbrella", "Amara", "umbrella"),
            new Prompt("a shy octopus called Inky who lives under the old pier", "Inky", "octopus", "pier"),
            new Prompt("a boy named Tomasz and his dog Biscuit on a snowy mountain", "Tomasz", "Biscuit", "mountain"),
            new Prompt("a lighthouse keeper named Odile with a lantern", "Odile", "lantern"),
            new Prompt("a giraffe called Zuzu who wants to fly a kite", "Zuzu", "giraffe", "kite"));

    private StoryQualityBench() {
    }

    public static void main(String[] args) throws Exception {
        StoryWriter writer = new EmbeddedStoryWriter();
        JLanguageTool grammar = new JLanguageTool(Languages.getLanguageForShortCode("en-US"));
        Map<AgeBand, Figures> byBand = new LinkedHashMap<>();
        List<String> allWords = new ArrayList<>();
        int stories = 0, issues = 0, words = 0, named = 0, namedUsed = 0;
        List<String> issueSamples = new ArrayList<>();
        long seed = 1;
        StringBuilder written = new StringBuilder();
        for (Template template : Template.values()) {
            for (AgeBand band : AgeBand.values()) {
                for (int n = 0; n < 3; n++) {
                    Prompt prompt = PROMPTS.get((stories + n) % PROMPTS.size());
                    StoryLength length = StoryLength.values()[(stories + n) % 3];
                    var request = new StoryRequest(prompt.text(), template, band, length, "en-US", List.of(), null,
                            List.of(), null, seed++);
                    List<String> lines = new ArrayList<>();
                    writer.write(request, lines::add);
                    String prose = prose(lines);
                    written.append(String.join("\n", lines)).append("\n\n");
                    ignoreNames(grammar, prose);
                    List<RuleMatch> matches = grammar.check(prose);
                    issues += matches.size();
                    matches.stream().limit(2).forEach(match -> issueSamples.add(match.getRule().getId() + ": "
                            + prose.substring(Math.max(0, match.getFromPos() - 30), Math.min(prose.length(), match.getToPos() + 30))
                                .replace('\n', ' ')));
                    List<String> storyWords = words(prose);
                    words += storyWords.size();
                    allWords.addAll(storyWords);
                    allWords.add("|");
                    byBand.computeIfAbsent(band, b -> new Figures()).add(prose);
                    for (String thing : prompt.named()) {
                        named++;
                        if (prose.toLowerCase(Locale.ROOT).contains(thing.toLowerCase(Locale.ROOT))) {
                            namedUsed++;
                        }
                    }
                }
                stories += 3;
            }
        }
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "bench-stories.txt"), written);
        print(stories, words, issues, named, namedUsed, byBand, distinctTrigramShare(allWords), issueSamples,
                mostRepeatedTrigrams(allWords));
    }

    private static void print(int stories, int words, int issues, int named, int namedUsed, Map<AgeBand, Figures> byBand,
            double distinct, List<String> issueSamples, String mostRepeated) {
        double issuesPer100 = 100.0 * issues / words;
        System.out.printf("stories written:                     %d (%d words)%n", stories, words);
        System.out.printf("LanguageTool issues per 100 words:   %.2f  (target <= 0.5) %s%n", issuesPer100, mark(issuesPer100 <= 0.5));
        System.out.printf("named things used:                   %d of %d  (target: all) %s%n", namedUsed, named, mark(namedUsed == named));
        System.out.printf("distinct word trigrams:              %.3f (target >= 0.6) %s%n", distinct, mark(distinct >= 0.6));
        Map<AgeBand, Double> targets = Map.of(AgeBand.AGES_5_7, 3.0, AgeBand.AGES_8_10, 5.0, AgeBand.AGES_11_12, 7.0,
                AgeBand.LEARNER, 3.0);
        byBand.forEach((band, figures) -> System.out.printf(
                "age %-8s avg sentence %5.1f words, readability grade %4.1f  (target <= %.0f) %s%n", band.id(),
                figures.averageSentenceLength(), figures.grade(), targets.get(band), mark(figures.grade() <= targets.get(band))));
        System.out.println("most repeated trigrams: " + mostRepeated);
        if (!issueSamples.isEmpty()) {
            System.out.println("examples of LanguageTool issues:");
            issueSamples.stream().limit(12).forEach(sample -> System.out.println("  " + sample));
        }
    }

    private static String mark(boolean met) {
        return met ? "ok" : "MISSED";
    }

    static String prose(List<String> lines) {
        StringBuilder prose = new StringBuilder();
        for (String line : lines) {
            StoryLine.parse(line).filter(StoryLine::isSpoken).ifPresent(spoken -> prose.append(spoken.content()).append('\n'));
        }
        return prose.toString();
    }

    private static void ignoreNames(JLanguageTool grammar, String prose) {
        List<String> capitalised = words(prose).stream().filter(word -> Character.isUpperCase(word.charAt(0))).distinct().toList();
        grammar.getAllActiveRules().stream().filter(SpellingCheckRule.class::isInstance)
                .map(SpellingCheckRule.class::cast).forEach(rule -> rule.addIgnoreTokens(capitalised));
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = Pattern.compile("[\\p{L}']+").matcher(text);
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    private static double distinctTrigramShare(List<String> words) {
        List<String> trigrams = trigrams(words);
        return trigrams.isEmpty() ? 0 : (double) new HashSet<>(trigrams).size() / trigrams.size();
    }

    /** The phrases most worth rewording: the trigrams that come back most often across the stories. */
    private static String mostRepeatedTrigrams(List<String> words) {
        Map<String, Integer> counts = new HashMap<>();
        trigrams(words).forEach(trigram -> counts.merge(trigram, 1, Integer::sum));
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(12)
                .map(entry -> "\"" + entry.getKey() + "\" " + entry.getValue()).collect(Collectors.joining(", "));
    }

    private static List<String> trigrams(List<String> words) {
        List<String> trigrams = new ArrayList<>();
        for (int i = 0; i + 2 < words.size(); i++) {
            if (!words.get(i).equals("|") && !words.get(i + 1).equals("|") && !words.get(i + 2).equals("|")) {
                trigrams.add((words.get(i) + " " + words.get(i + 1) + " " + words.get(i + 2)).toLowerCase(Locale.ROOT));
            }
        }
        return trigrams;
    }

    record Prompt(String text, String... named) {
    }

    /** Sentence and syllable counts for the Flesch-Kincaid grade. */
    static final class Figures {

        private int sentences;
        private int words;
        private int syllables;

        void add(String prose) {
            for (String sentence : prose.split("(?<=[.!?])[\"”]?\\s+")) {
                List<String> sentenceWords = words(sentence);
                if (!sentenceWords.isEmpty()) {
                    sentences++;
                    words += sentenceWords.size();
                    sentenceWords.forEach(word -> syllables += syllables(word));
                }
            }
        }

        double averageSentenceLength() {
            return (double) words / sentences;
        }

        double grade() {
            return 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
        }

        static int syllables(String word) {
            String w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
            if (w.length() <= 3) {
                return 1;
            }
            w = w.replaceAll("(?:[^laeiouy]es|ed|[^laeiouy]e)$", "").replaceAll("^y", "");
            Matcher groups = Pattern.compile("[aeiouy]{1,2}").matcher(w);
            int count = 0;
            while (groups.find()) {
                count++;
            }
            return Math.max(1, count);
        }
    }
}
