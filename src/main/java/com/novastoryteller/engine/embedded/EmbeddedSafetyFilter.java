package com.novastoryteller.engine.embedded;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.novastoryteller.Application;
import com.novastoryteller.WarmUps;
import com.novastoryteller.engine.SafetyCategory;
import com.novastoryteller.engine.SafetyFilter;
import com.novastoryteller.engine.SafetyVerdict;
import com.novastoryteller.engine.embedded.safety.LookAlikes;
import com.novastoryteller.engine.embedded.reading.Language;
import com.novastoryteller.engine.embedded.reading.Spelling;
import com.novastoryteller.engine.embedded.safety.MeaningCheck;

/**
 * The offline safety filter, in two layers. First, word and phrase lists per category ({@code safety/*.txt}),
 * matched as whole words against the {@link NormalisedText normalised} text, so that disguised spellings
 * ("ki11", "s€x", a Cyrillic "і") are caught and innocent words that merely contain a rude string ("Scunthorpe",
 * "class") pass. Then the {@link MeaningCheck meaning} of each sentence, which finds what no list can ("she wants to
 * go to sleep and never wake up") and decides the words that are only sometimes unsafe (entries marked {@code ~}:
 * "kill" in "a knight kills the dragon" is a fairy tale, in "kill the kids at school" it is not).
 */
@Component
@ConditionalOnProperty(name = "storyteller.providers.safety", havingValue = "embedded", matchIfMissing = true)
public class EmbeddedSafetyFilter implements SafetyFilter {

    /** Beyond this many sentences a text is a story being told, read by the lists alone past this point. */
    private static final int MAX_SENTENCES = 60;
    /**
     * A word with a digit or a symbol inside it, a word begun with a currency sign for its letter, or letters spelled
     * out one by one: "k1ll", "m*rder", "$hoot", "s.t.a.b".
     */
    private static final Pattern DISGUISED = Pattern.compile("\\p{L}[0-9@$\u20ac*!|\u00a5]+\\p{L}|(?<![\\p{L}\\p{N}])[$\u20ac]\\p{L}{2,}"
            + "|\\b\\p{L}[ .]\\p{L}[ .]\\p{L}[ .]\\p{L}\\b");
    /** Words at least this long are compared with the lists' words letter by letter, one letter may differ. */
    private static final int NEARLY_LENGTH = 8;
    /** How sure the classifier must be to refuse a line a writer wrote by its meaning alone. */
    private static final double WRITTEN_LIKELY = 0.999;
    /**
     * How many words a sentence needs to be read by meaning: one word means nothing by itself to the encoder ("x" is
     * not a rating), and a story's short lines are only moments of a story it has already judged ("I can't do it.",
     * "Nobody should be left out." read alone sound like a cry for help and like bullying).
     */
    private static final int REQUEST_WORDS = 2;
    private static final int WRITTEN_WORDS = 6;
    /** A word of at least two letters or digits. */
    private static final Pattern WORDS = Pattern.compile("[\\p{L}\\p{N}]{2,}");
    /** A capitalised word inside a sentence (after a lower-case word or a comma): a name. */
    private static final Pattern NAME = Pattern.compile("(?<=[a-z,] )\\p{Lu}\\p{Ll}+");

    private final Map<SafetyCategory, Lists> lists = new EnumMap<>(SafetyCategory.class);
    private final Set<String> allowedWords = new HashSet<>();
    private final Set<String> allowedPhrases = new HashSet<>();
    /** The allowed words and phrases in running text: a sentence is also read by meaning without them. */
    private final Pattern allowedInText;
    private final Together together = Together.read(Entries::of);
    /** Saying no and telling a grown-up: a listed word in such a story is judged by meaning, as a ~ entry is. */
    private final Entries refusing = Entries.of(WordList.read("/safety/refusing.txt"));

    public EmbeddedSafetyFilter() {
        for (SafetyCategory category : SafetyCategory.values()) {
            List<String> lines = WordList.read(listFile(category));
            lists.put(category, new Lists(Entries.of(lines.stream().filter(line -> !line.startsWith("~")).toList()),
                    Entries.of(lines.stream().filter(line -> line.startsWith("~")).map(line -> line.substring(1)).toList())));
        }
        for (String entry : WordList.read("/safety/allow.txt").stream().map(NormalisedText::entry).toList()) {
            (entry.contains(" ") ? allowedPhrases : allowedWords).add(entry);
        }
        allowedInText = Pattern.compile(Stream.concat(allowedPhrases.stream(), allowedWords.stream())
                .map(entry -> Pattern.quote(entry).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|", "(?<![\\p{L}\\p{N}])(?:", ")(?![\\p{L}\\p{N}])")), Pattern.CASE_INSENSITIVE);
    }

    static String listFile(SafetyCategory category) {
        return "/safety/" + category.name().toLowerCase(Locale.ROOT).replace('_', '-') + ".txt";
    }

    /**
     * Loads the encoder and the word list once the application is up, as the voices are, so that the first check does
     * not wait; a one-off command loads them only if it checks something.
     */
    @EventListener
    void warmUp(ApplicationReadyEvent ready) {
        if (Application.runsCommand(ready.getApplicationContext().getEnvironment())) {
            return;
        }
        WarmUps.start("safety-warm-up", () -> {
            MeaningCheck.get();
            Language.get();
        });
    }

    @Override
    public SafetyVerdict check(String text) {
        return check(text, MeaningCheck.LIKELY, REQUEST_WORDS);
    }

    /**
     * A story's own line is read by meaning only when the classifier is all but certain: its request was judged
     * already, and short lines of a story ("They did it together.") carry too few words to be read by meaning alone.
     */
    @Override
    public SafetyVerdict checkWritten(String line) {
        return check(line, WRITTEN_LIKELY, WRITTEN_WORDS);
    }

    private SafetyVerdict check(String text, double likely, int fewestWords) {
        List<Set<String>> words = withoutAllowed(NormalisedText.words(text));
        List<Set<String>> withoutNames = withoutAllowed(NormalisedText.words(NAME.matcher(text).replaceAll(" ")));
        Set<SafetyCategory> found = EnumSet.noneOf(SafetyCategory.class);
        Set<SafetyCategory> sometimes = EnumSet.noneOf(SafetyCategory.class);
        List<Set<String>> squeezed = NormalisedText.squeezed(text);
        boolean refusal = refusing.matchIn(words);
        lists.forEach((category, entries) -> {
            // a rude word with a capital inside a sentence is a name: the village of Bitche, a boy named Dick
            boolean swearing = category == SafetyCategory.HATE_AND_SWEARING;
            if (entries.always().matchIn(words) && (!swearing || entries.always().matchIn(withoutNames))) {
                (refusal ? sometimes : found).add(category);
            }
            else if (!swearing && (entries.always().nearlyIn(words) || squeezed != null && entries.always().matchIn(squeezed))) {
                found.add(category);
            }
            else if (entries.sometimes().matchIn(words) && (!swearing || entries.sometimes().matchIn(withoutNames))) {
                sometimes.add(category);
            }
        });
        if (!found.isEmpty()) {
            return new SafetyVerdict(found);
        }
        // a word spelled out or written with symbols to get past the lists is itself the sign of harm ("c.u.t.t.i.n.g")
        boolean leansUnsafe = DISGUISED.matcher(text).find();
        for (String sentence : sentences(text)) {
            // the allowed words are not blanked here: "class" is innocent to the swearing list but a place to a rule
            (refusal ? sometimes : found).addAll(together.in(NormalisedText.words(sentence)));
            if (WORDS.matcher(sentence).results().count() < fewestWords) {
                continue; // the lists judge it
            }
            MeaningCheck.Closeness closeness = closeness(sentence);
            if (closeness.isUnsafe(likely)) {
                found.add(closeness.category());
            }
            leansUnsafe |= closeness.leansUnsafe();
        }
        if (leansUnsafe) {
            found.addAll(sometimes);
        }
        return found.isEmpty() ? SafetyVerdict.SAFE : new SafetyVerdict(found);
    }

    /**
     * How the sentence reads by meaning, as it is or without its allowed words, whichever is more innocent: an
     * allowed word can mislead the encoder, which reads "sextant" in pieces, and taking it out can leave a fragment
     * that misleads it more ("Moby Dick for kids" without the name is "for kids").
     */
    private MeaningCheck.Closeness closeness(String sentence) {
        MeaningCheck meaning = MeaningCheck.get();
        MeaningCheck.Closeness asWritten = meaning.closeness(undisguised(sentence));
        String rest = allowedInText.matcher(sentence).replaceAll("").replaceAll("\\s{2,}", " ").strip();
        if (rest.equals(sentence.strip()) || rest.chars().filter(Character::isLetter).count() < 3) {
            return asWritten;
        }
        MeaningCheck.Closeness withoutAllowed = meaning.closeness(undisguised(rest));
        return withoutAllowed.likelihood() < asWritten.likelihood() ? withoutAllowed : asWritten;
    }

    /** "k1ll everyone", "s.t.a.b the bully" as the encoder can read them; a sentence with no disguise as it is. */
    private static String undisguised(String sentence) {
        if (!DISGUISED.matcher(sentence).find()) {
            return sentence;
        }
        List<String> plain = new ArrayList<>();
        NormalisedText.words(sentence).forEach(forms -> plain.add(forms.iterator().next()));
        return String.join(" ", plain);
    }

    /** The text's sentences, look-alike letters read as Latin; a long text is read in its first sentences. */
    private static List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        for (String sentence : LookAlikes.folded(text).split("(?<=[.!?;:])\\s+|\\R+")) {
            if (sentence.chars().anyMatch(Character::isLetter) && sentences.size() < MAX_SENTENCES) {
                sentences.add(sentence.strip());
            }
        }
        return sentences;
    }

    // Allowed words and phrases are blanked out before any list is consulted.
    private List<Set<String>> withoutAllowed(List<Set<String>> words) {
        List<Set<String>> kept = new ArrayList<>(words);
        for (int i = 0; i < kept.size(); i++) {
            if (kept.get(i).stream().anyMatch(allowedWords::contains)) {
                kept.set(i, Set.of("_"));
            }
            for (String phrase : allowedPhrases) {
                String[] allowed = phrase.split(" ");
                if (Entries.startsAt(kept, i, allowed)) {
                    for (int offset = 0; offset < allowed.length; offset++) {
                        kept.set(i + offset, Set.of("_"));
                    }
                }
            }
        }
        return kept;
    }

    /** A category's entries that are always unsafe, and those that are unsafe only when the sentence means harm. */
    private record Lists(Entries always, Entries sometimes) {
    }

    /** One category's entries: whole words, phrases, and word beginnings (entries ending in *). */
    private record Entries(Set<String> words, List<String[]> phrases, List<String> prefixes) implements Together.Matcher {

        static Entries of(List<String> lines) {
            Set<String> words = new HashSet<>();
            List<String[]> phrases = new ArrayList<>();
            List<String> prefixes = new ArrayList<>();
            for (String line : lines) {
                String entry = NormalisedText.entry(line);
                if (entry.contains(" ")) {
                    // a word of a phrase may end in * too: "stop* eating" is "stops eating" and "stopped eating"
                    String[] written = line.strip().split("\\s+");
                    String[] phrase = entry.split(" ");
                    for (int n = 0; n < phrase.length && written.length == phrase.length; n++) {
                        phrase[n] = written[n].endsWith("*") ? phrase[n] + "*" : phrase[n];
                    }
                    phrases.add(phrase);
                    if (!line.contains("*")) {
                        // a phrase written as one word, or pieced together from a broken-up one: "selfharm"
                        words.add(entry.replace(" ", ""));
                    }
                }
                else if (line.endsWith("*")) {
                    prefixes.add(entry);
                }
                else {
                    words.add(entry);
                }
            }
            return new Entries(words, phrases, prefixes);
        }

        @Override
        public boolean matchIn(List<Set<String>> text) {
            for (int i = 0; i < text.size(); i++) {
                for (String form : text.get(i)) {
                    if (words.contains(form) || prefixes.stream().anyMatch(form::startsWith)) {
                        return true;
                    }
                }
                for (String[] phrase : phrases) {
                    if (startsAt(text, i, phrase)) {
                        return true;
                    }
                }
            }
            return false;
        }

        /**
         * Whether a long word that is no English word is one letter away from a long entry: a misspelling ("anorexya")
         * or a letter swapped to get past the list ("an4rexia"). Short words are left out, and real words ("strange"
         * is one letter from "strangl*"): one letter turns many of them into others.
         */
        boolean nearlyIn(List<Set<String>> text) {
            for (Set<String> forms : text) {
                for (String form : forms) {
                    if (form.length() >= NEARLY_LENGTH && isNearly(form) && !Language.get().lexicon().isWord(form)) {
                        return true;
                    }
                }
            }
            return false;
        }

        private boolean isNearly(String form) {
            return words.stream().anyMatch(word -> word.length() >= NEARLY_LENGTH && Spelling.distance(form, word) == 1)
                    || prefixes.stream().anyMatch(prefix -> nearlyBegins(form, prefix));
        }

        private static boolean nearlyBegins(String word, String prefix) {
            if (prefix.length() < NEARLY_LENGTH - 1) {
                return false;
            }
            for (int length = prefix.length() - 1; length <= Math.min(word.length(), prefix.length() + 1); length++) {
                if (Spelling.distance(word.substring(0, length), prefix) == 1) {
                    return true;
                }
            }
            return false;
        }

        static boolean startsAt(List<Set<String>> text, int start, String[] phrase) {
            if (start + phrase.length > text.size()) {
                return false;
            }
            for (int offset = 0; offset < phrase.length; offset++) {
                String part = phrase[offset];
                boolean matches = part.endsWith("*")
                        ? text.get(start + offset).stream().anyMatch(form -> form.startsWith(part.substring(0, part.length() - 1)))
                        : text.get(start + offset).contains(part);
                if (!matches) {
                    return false;
                }
            }
            return true;
        }
    }
}
