package com.novastoryteller.engine.embedded.picture;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.novastoryteller.engine.embedded.reading.Language;
import com.novastoryteller.engine.embedded.reading.Lexicon;

/**
 * Reads which setting a place in the story's words is. Each setting has its own words and phrases
 * (illustrator/settings.txt); a word it does not know is looked up in WordNet and drawn as the setting of its
 * nearest relative there ("bayou" is a kind of lake, "Paris" a capital city).
 */
final class PlaceWords {

    /** A setting's words: the more specific a setting (a room before a town), the higher its rank. */
    record Entry(String setting, int rank, List<Phrase> phrases, List<String> relatives) {
    }

    /** Words that name the setting, or (approximate) only something like it: a "kingdom" is drawn as a meadow. */
    record Phrase(List<String> words, boolean approximate) {
    }

    private record Match(Entry entry, Phrase phrase, int segment, int position) {
    }

    static final String FALLBACK = "meadow";

    private static final Set<String> ARTICLES = Set.of("the", "a", "an", "my", "our", "your", "their", "his", "her", "its",
            "some", "this", "that", "these", "those", "very");
    /** Words that say what a place is like, never what it is: not worth asking WordNet about. */
    private static final Set<String> DESCRIPTIONS = Set.of("big", "little", "old", "new", "small", "great", "tiny", "huge",
            "dark", "bright", "magic", "magical", "enchanted", "secret", "far", "away", "faraway", "strange", "lovely",
            "beautiful", "wide", "tall", "long", "deep", "top", "middle", "edge", "side", "somewhere", "place", "there",
            "here", "bottom", "end", "way", "land", "world", "part", "corner", "spot", "area");
    private static final Set<String> LINKS = Set.of("in", "at", "on", "by", "of", "near", "under", "below", "beneath",
            "behind", "beside", "inside", "into", "with", "to", "from", "over", "above", "across", "through", "around", "and",
            "for", "outside", "next", "along", "past", "up", "down", "towards", "toward");
    /** The longest phrase first ("tree house" before "house"), then the more specific setting, then the first named. */
    private static final Comparator<Match> BEST = Comparator.<Match>comparingInt(match -> match.phrase().words().size())
            .thenComparingInt(match -> match.entry().rank())
            .thenComparingInt(match -> -match.segment())
            .thenComparingInt(Match::position);

    private final Map<String, Entry> entries;
    private final Map<String, String> relatives = new LinkedHashMap<>();
    private final Map<String, Optional<Guess>> guesses = new ConcurrentHashMap<>();

    private record Guess(String setting, boolean exact) {
    }

    PlaceWords(Map<String, Entry> entries) {
        this.entries = entries;
        for (Entry entry : entries.values()) {
            entry.relatives().forEach(relative -> relatives.putIfAbsent(relative, entry.setting()));
        }
    }

    /** The settings' words from the illustrator's list, one setting a line: name | rank | words | WordNet relatives. */
    static PlaceWords load() {
        Map<String, Entry> entries = new LinkedHashMap<>();
        try (InputStream in = PlaceWords.class.getResourceAsStream("/illustrator/settings.txt")) {
            if (in == null) {
                throw new IOException("illustrator/settings.txt is missing from the classpath");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\\|");
                String setting = fields[0].trim();
                List<Phrase> phrases = new ArrayList<>();
                for (String phrase : fields[2].split(",")) {
                    String trimmed = phrase.trim();
                    boolean approximate = trimmed.endsWith("~");
                    List<String> words = words(approximate ? trimmed.substring(0, trimmed.length() - 1) : trimmed);
                    if (!words.isEmpty()) {
                        phrases.add(new Phrase(words, approximate));
                    }
                }
                List<String> relatives = fields.length > 3 ? Arrays.stream(fields[3].split(",")).map(String::trim)
                        .filter(word -> !word.isEmpty()).toList() : List.of();
                entries.put(setting, new Entry(setting, Integer.parseInt(fields[1].trim()), List.copyOf(phrases), relatives));
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return new PlaceWords(entries);
    }

    Set<String> settings() {
        return entries.keySet();
    }

    Drawn choose(String place) {
        List<String> words = words(place);
        List<String> singulars = words.stream().map(PlaceWords::singular).toList();
        Match best = null;
        int segment = 0;
        boolean content = false;
        for (int at = 0; at < words.size(); at++) {
            String word = words.get(at);
            if (LINKS.contains(word)) {
                segment += content ? 1 : 0;
                content = false;
            }
            else {
                content = true;
            }
            for (Entry entry : entries.values()) {
                for (Phrase phrase : entry.phrases()) {
                    if (matches(words, singulars, at, phrase.words())) {
                        Match match = new Match(entry, phrase, segment, at);
                        best = best == null || BEST.compare(match, best) > 0 ? match : best;
                    }
                }
            }
        }
        if (best != null) {
            return drawn(place, best.entry().setting(), !best.phrase().approximate());
        }
        for (String word : headFirst(words)) {
            Optional<Guess> guess = guesses.computeIfAbsent(word, this::lookUp);
            if (guess.isPresent()) {
                return drawn(place, guess.get().setting(), guess.get().exact());
            }
        }
        return Drawn.as(place, FALLBACK);
    }

    private static Drawn drawn(String place, String setting, boolean exactly) {
        return new Drawn(place, setting, exactly ? Drawn.How.EXACTLY : Drawn.How.APPROXIMATED);
    }

    /** The words most likely to name the place first: the head of the first phrase ("the old lighthouse"), then the rest. */
    private static List<String> headFirst(List<String> words) {
        List<String> ordered = new ArrayList<>();
        List<String> later = new ArrayList<>();
        boolean content = false;
        boolean first = true;
        for (String word : words) {
            if (LINKS.contains(word)) {
                first &= !content;
                continue;
            }
            content = true;
            if (DESCRIPTIONS.contains(word)) {
                continue;
            }
            if (first) {
                ordered.add(0, word);
            }
            else {
                later.add(word);
            }
        }
        ordered.addAll(later);
        return ordered;
    }

    /** What WordNet makes of a word none of the settings names: the setting of its nearest known relative. */
    private Optional<Guess> lookUp(String word) {
        try {
            Lexicon lexicon = Language.get().lexicon();
            if (!lexicon.isNoun(word)) {
                return Optional.empty();
            }
            String lemma = lexicon.nounLemma(word);
            for (Entry entry : entries.values()) {
                for (Phrase phrase : entry.phrases()) {
                    if (phrase.words().equals(List.of(lemma))) {
                        return Optional.of(new Guess(entry.setting(), !phrase.approximate()));
                    }
                }
            }
            Lexicon.Sort sort = lexicon.sortOf(word);
            if (sort != Lexicon.Sort.PLACE && sort != Lexicon.Sort.NATURE) {
                return Optional.empty();
            }
            String relative = lexicon.nearest(lemma, relatives.keySet());
            return relative == null ? Optional.empty() : Optional.of(new Guess(relatives.get(relative), false));
        }
        catch (RuntimeException ex) {
            // without WordNet a place is still drawn, as the fallback
            return Optional.empty();
        }
    }

    private static boolean matches(List<String> words, List<String> singulars, int at, List<String> phrase) {
        if (at + phrase.size() > words.size()) {
            return false;
        }
        for (int n = 0; n < phrase.size(); n++) {
            String wanted = phrase.get(n);
            if (!words.get(at + n).equals(wanted) && !singulars.get(at + n).equals(wanted)) {
                return false;
            }
        }
        return true;
    }

    /** The place's words in lower case, without articles and the like ("Grandma's attic" is grandma, attic). */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace("'s", " ").split("[^a-z\u00e0-\u00ff]+")) {
            if (!word.isEmpty() && !ARTICLES.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }

    /** A plural's singular by the spelling rules ("beaches", "libraries", "hills"); other words as they are. */
    static String singular(String word) {
        if (word.length() > 4 && word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.length() > 4 && word.endsWith("es") && SIBILANT_PLURAL.matcher(word).matches()) {
            return word.substring(0, word.length() - 2);
        }
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    private static final java.util.regex.Pattern SIBILANT_PLURAL = java.util.regex.Pattern.compile(".*(ch|sh|ss|x|z)es");
}
