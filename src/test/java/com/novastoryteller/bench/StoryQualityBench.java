package com.novastoryteller.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * bench/story-quality: writes a story for every request in {@code bench/story-prompts.tsv} (or the file given)
 * with the embedded writer and measures it as issue 19 asks: the words it must use, the goal's verb and object in
 * the last part, its length, sentence length and readability grade per age band, LanguageTool issues per 100
 * words, and how many word trigrams it shares with the same request told with another seed and with every other
 * story. Prints each request that fails and why.
 */
public final class StoryQualityBench {

    private StoryQualityBench() {
    }

    /** One line of the prompt file: the request, its template and age band, the words the story must use, and its goal. */
    record Prompt(String text, Template template, AgeBand band, List<String> mustUse, String goalVerb, String goalObject) {

        static Prompt parse(String line) {
            String[] fields = line.split("\t");
            String[] goal = fields[4].strip().split("\\|");
            return new Prompt(fields[0].strip(), Template.fromId(fields[1]), AgeBand.fromId(fields[2]),
                    List.of(fields[3].strip().toLowerCase(Locale.ROOT).split("\\|")), goal.length == 2 ? goal[0] : "",
                    goal.length == 2 ? goal[1] : "");
        }
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "bench/story-prompts.tsv");
        StoryLength length = StoryLength.fromId(args.length > 1 ? args[1] : "medium");
        List<Prompt> prompts = Files.readAllLines(file).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).map(Prompt::parse).toList();
        StoryWriter writer = new EmbeddedStoryWriter();
        JLanguageTool grammar = new JLanguageTool(Languages.getLanguageForShortCode("en-US"));
        Map<AgeBand, Figures> byBand = new LinkedHashMap<>();
        Map<AgeBand, List<Integer>> lengths = new LinkedHashMap<>();
        List<List<String>> storyWords = new ArrayList<>();
        int clean = 0, issues = 0, words = 0, mustUse = 0, used = 0, goals = 0, reached = 0;
        double worstSeedShare = 0;
        String worstSeed = "";
        List<Double> seedShares = new ArrayList<>();
        List<String> highSeedShares = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        List<String> issueSamples = new ArrayList<>();
        StringBuilder written = new StringBuilder();
        long started = System.nanoTime();
        for (Prompt prompt : prompts) {
            List<String> lines = write(writer, prompt, length, 1);
            String prose = prose(lines);
            String lower = prose.toLowerCase(Locale.ROOT);
            written.append(String.join("\n", lines)).append("\n\n");
            List<String> missing = prompt.mustUse().stream()
                    .filter(word -> !Pattern.compile("\\b" + Pattern.quote(word) + "\\b").matcher(lower).find()).toList();
            mustUse += prompt.mustUse().size();
            used += prompt.mustUse().size() - missing.size();
            boolean goalMet = true;
            if (!prompt.goalVerb().isEmpty()) {
                goals++;
                String lastPart = lastPart(lines).toLowerCase(Locale.ROOT);
                goalMet = VerbForms.of(prompt.goalVerb()).stream()
                        .anyMatch(form -> Pattern.compile("\\b" + form + "\\b").matcher(lastPart).find())
                        && Pattern.compile("\\b" + Pattern.quote(prompt.goalObject())).matcher(lastPart).find();
                reached += goalMet ? 1 : 0;
            }
            if (missing.isEmpty() && goalMet) {
                clean++;
            }
            else {
                failures.add(prompt.text() + (missing.isEmpty() ? "" : "  missing " + missing)
                        + (goalMet ? "" : "  goal not reached in the last part: " + prompt.goalVerb() + " " + prompt.goalObject()));
            }
            ignoreNames(grammar, prose);
            List<RuleMatch> matches = grammar.check(prose);
            issues += matches.size();
            matches.stream().limit(2).forEach(match -> issueSamples.add(match.getRule().getId() + ": " + prose
                    .substring(Math.max(0, match.getFromPos() - 30), Math.min(prose.length(), match.getToPos() + 30)).replace('\n', ' ')));
            List<String> these = words(prose);
            words += these.size();
            storyWords.add(these);
            lengths.computeIfAbsent(prompt.band(), band -> new ArrayList<>()).add(these.size());
            byBand.computeIfAbsent(prompt.band(), band -> new Figures()).add(prose);
            double seedShare = sharedTrigrams(these, words(prose(write(writer, prompt, length, 2))));
            seedShares.add(seedShare);
            if (seedShare >= 0.4) {
                highSeedShares.add(String.format("%.2f %s (%s, %s)", seedShare, prompt.text(), prompt.template(), prompt.band()));
            }
            if (seedShare > worstSeedShare) {
                worstSeedShare = seedShare;
                worstSeed = prompt.text();
            }
        }
        double worstPairShare = 0;
        String worstPair = "";
        for (int a = 0; a < storyWords.size(); a++) {
            for (int b = 0; b < storyWords.size(); b++) {
                double share = a == b ? 0 : sharedTrigrams(storyWords.get(a), storyWords.get(b));
                if (share > worstPairShare) {
                    worstPairShare = share;
                    worstPair = prompts.get(a).text() + " / " + prompts.get(b).text();
                }
            }
        }
        Files.writeString(Path.of("target", "bench-stories.txt"), written);
        double seconds = (System.nanoTime() - started) / 1e9;
        double issuesPer100 = 100.0 * issues / words;
        System.out.printf("stories written (%s): %d (%d words, %.1f s with the checks)%n", length.id(), prompts.size(), words, seconds);
        System.out.printf("clean requests (every word, the goal): %d of %d  (target: all but 3) %s%n", clean, prompts.size(),
                mark(clean >= prompts.size() - 3));
        System.out.printf("must-use words found:                  %d of %d%n", used, mustUse);
        System.out.printf("goals reached in the last part:        %d of %d%n", reached, goals);
        System.out.printf("LanguageTool issues per 100 words:     %.2f  (target <= 0.5) %s%n", issuesPer100, mark(issuesPer100 <= 0.5));
        System.out.printf("same request, two seeds, shared trigrams: at most %.2f  (target < 0.40) %s  [%s]%n", worstSeedShare,
                mark(worstSeedShare < 0.4), worstSeed);
        System.out.printf("    median %.2f; %d of %d requests at 0.40 or more%n", seedShares.stream().sorted().toList()
                .get(seedShares.size() / 2), seedShares.stream().filter(share -> share >= 0.4).count(), seedShares.size());
        highSeedShares.forEach(high -> System.out.println("      " + high));
        System.out.printf("two stories, shared trigrams:             at most %.2f  (target <= 0.35) %s  [%s]%n", worstPairShare,
                mark(worstPairShare <= 0.35), worstPair);
        Map<AgeBand, Double> grades = Map.of(AgeBand.AGES_5_7, 3.0, AgeBand.AGES_8_10, 5.0, AgeBand.AGES_11_12, 7.0, AgeBand.LEARNER, 3.0);
        byBand.forEach((band, figures) -> {
            int shortest = lengths.get(band).stream().mapToInt(Integer::intValue).min().orElse(0);
            int least = LEAST_WORDS.get(band)[length.ordinal()];
            System.out.printf("age %-8s avg sentence %5.1f words, grade %4.1f (target <= %.0f) %s, shortest story %d words (target >= %d) %s%n",
                    band.id(), figures.averageSentenceLength(), figures.grade(), grades.get(band), mark(figures.grade() <= grades.get(band)),
                    shortest, least, mark(shortest >= least));
        });
        if (!failures.isEmpty()) {
            System.out.println("requests that fail:");
            failures.forEach(failure -> System.out.println("  " + failure));
        }
        if (!issueSamples.isEmpty()) {
            System.out.println("examples of LanguageTool issues:");
            issueSamples.stream().limit(20).forEach(sample -> System.out.println("  " + sample));
        }
    }

    /** The fewest words a story may have, by age band and length (short, medium, long). */
    private static final Map<AgeBand, int[]> LEAST_WORDS = Map.of(AgeBand.AGES_5_7, new int[] { 250, 400, 600 },
            AgeBand.LEARNER, new int[] { 250, 400, 600 }, AgeBand.AGES_8_10, new int[] { 350, 600, 900 },
            AgeBand.AGES_11_12, new int[] { 450, 750, 1100 });

    private static List<String> write(StoryWriter writer, Prompt prompt, StoryLength length, long seed) {
        List<String> lines = new ArrayList<>();
        writer.write(new StoryRequest(prompt.text(), prompt.template(), prompt.band(), length, "en-US", List.of(), null,
                List.of(), null, seed), lines::add);
        return lines;
    }

    private static String lastPart(List<String> lines) {
        int start = 0;
        for (int n = 0; n < lines.size(); n++) {
            if (lines.get(n).startsWith("PART:")) {
                start = n;
            }
        }
        return prose(lines.subList(start, lines.size()));
    }

    /** The share of the first story's word trigrams that the second story also has. */
    static double sharedTrigrams(List<String> first, List<String> second) {
        Set<String> theirs = new HashSet<>(trigrams(second));
        List<String> ours = trigrams(first);
        return ours.isEmpty() ? 0 : (double) ours.stream().filter(theirs::contains).count() / ours.size();
    }

    /** The forms a verb takes in a story: find, finds, found, finding; fly, flies, flew, flown, flying. */
    static final class VerbForms {

        private static final Map<String, List<String>> IRREGULAR = Map.ofEntries(Map.entry("find", List.of("found")),
                Map.entry("fly", List.of("flew", "flown")), Map.entry("make", List.of("made")), Map.entry("build", List.of("built")),
                Map.entry("win", List.of("won")), Map.entry("meet", List.of("met")), Map.entry("become", List.of("became")),
                Map.entry("see", List.of("saw", "seen")), Map.entry("grow", List.of("grew", "grown")),
                Map.entry("bring", List.of("brought")), Map.entry("take", List.of("took", "taken")),
                Map.entry("swim", List.of("swam")), Map.entry("give", List.of("gave", "given")), Map.entry("catch", List.of("caught")),
                Map.entry("teach", List.of("taught")), Map.entry("get", List.of("got")), Map.entry("dig", List.of("dug")),
                Map.entry("sing", List.of("sang", "sung")), Map.entry("ride", List.of("rode", "ridden")), Map.entry("draw", List.of("drew")),
                Map.entry("write", List.of("wrote")), Map.entry("go", List.of("went", "gone")), Map.entry("keep", List.of("kept")),
                Map.entry("learn", List.of("learnt")), Map.entry("steal", List.of("stole")));

        static List<String> of(String verb) {
            char last = verb.charAt(verb.length() - 1);
            List<String> forms = new ArrayList<>(List.of(verb, verb + "s", verb + "es", verb + "ed", verb + "d", verb + "ing",
                    verb.replaceAll("e$", "") + "ing", verb.replaceAll("y$", "ied"), verb.replaceAll("y$", "ies"),
                    verb + last + "ed", verb + last + "ing"));
            forms.addAll(IRREGULAR.getOrDefault(verb, List.of()));
            return forms;
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

    private static List<String> trigrams(List<String> words) {
        List<String> trigrams = new ArrayList<>();
        for (int i = 0; i + 2 < words.size(); i++) {
            if (!words.get(i).equals("|") && !words.get(i + 1).equals("|") && !words.get(i + 2).equals("|")) {
                trigrams.add((words.get(i) + " " + words.get(i + 1) + " " + words.get(i + 2)).toLowerCase(Locale.ROOT));
            }
        }
        return trigrams;
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
