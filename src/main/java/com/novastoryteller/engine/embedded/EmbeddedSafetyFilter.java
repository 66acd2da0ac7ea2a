package com.novastoryteller.engine.embedded;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

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
    private final AllowedWords allowed = new AllowedWords();
    private final Together together = Together.read(ListedWords::of);
    /** Saying no and telling a grown-up: a listed word in such a story is judged by meaning, as a ~ entry is. */
    private final ListedWords refusing = ListedWords.of(WordList.read("/safety/refusing.txt"));

    public EmbeddedSafetyFilter() {
        for (SafetyCategory category : SafetyCategory.values()) {
            List<String> lines = WordList.read(listFile(category));
            lists.put(category, new Lists(ListedWords.of(lines.stream().filter(line -> !line.startsWith("~")).toList()),
                    ListedWords.of(lines.stream().filter(line -> line.startsWith("~")).map(line -> line.substring(1)).toList())));
        }
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
        List<Set<String>> words = allowed.blankedIn(NormalisedText.words(text));
        Findings findings = new Findings(refusing.matchIn(words));
        matchLists(text, words, findings);
        if (!findings.surely.isEmpty()) {
            return new SafetyVerdict(findings.surely);
        }
        // a word spelled out or written with symbols to get past the lists is itself the sign of harm ("c.u.t.t.i.n.g")
        boolean leansUnsafe = DISGUISED.matcher(text).find();
        for (String sentence : sentences(text)) {
            leansUnsafe |= readSentence(sentence, likely, fewestWords, findings);
        }
        if (leansUnsafe) {
            findings.surely.addAll(findings.ifHarmful);
        }
        return findings.surely.isEmpty() ? SafetyVerdict.SAFE : new SafetyVerdict(findings.surely);
    }

    private void matchLists(String text, List<Set<String>> words, Findings findings) {
        List<Set<String>> withoutNames = allowed.blankedIn(NormalisedText.words(NAME.matcher(text).replaceAll(" ")));
        List<Set<String>> squeezed = NormalisedText.squeezed(text);
        lists.forEach((category, entries) -> {
            // a rude word with a capital inside a sentence is a name: the village of Bitche, a boy named Dick
            boolean swearing = category == SafetyCategory.HATE_AND_SWEARING;
            if (entries.always().matchIn(words) && (!swearing || entries.always().matchIn(withoutNames))) {
                findings.listed(category);
            }
            else if (!swearing && (entries.always().nearlyIn(words) || squeezed != null && entries.always().matchIn(squeezed))) {
                findings.surely.add(category);
            }
            else if (entries.sometimes().matchIn(words) && (!swearing || entries.sometimes().matchIn(withoutNames))) {
                findings.ifHarmful.add(category);
            }
        });
    }

    /** Reads a sentence by the rules of words together, and by meaning when it has words enough; whether it leans unsafe. */
    private boolean readSentence(String sentence, double likely, int fewestWords, Findings findings) {
        // the allowed words are not blanked here: "class" is innocent to the swearing list but a place to a rule
        together.in(NormalisedText.words(sentence)).forEach(findings::listed);
        if (WORDS.matcher(sentence).results().count() < fewestWords) {
            return false; // the lists judge it
        }
        MeaningCheck.Closeness closeness = closeness(sentence);
        if (closeness.isUnsafe(likely)) {
            findings.surely.add(closeness.category());
        }
        return closeness.leansUnsafe();
    }

    /**
     * How the sentence reads by meaning, as it is or without its allowed words, whichever is more innocent: an
     * allowed word can mislead the encoder, which reads "sextant" in pieces, and taking it out can leave a fragment
     * that misleads it more ("Moby Dick for kids" without the name is "for kids").
     */
    private MeaningCheck.Closeness closeness(String sentence) {
        MeaningCheck meaning = MeaningCheck.get();
        MeaningCheck.Closeness asWritten = meaning.closeness(undisguised(sentence));
        String rest = allowed.takenOutOf(sentence);
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

    /** A category's entries that are always unsafe, and those that are unsafe only when the sentence means harm. */
    private record Lists(ListedWords always, ListedWords sometimes) {
    }

    /**
     * What one text touches: categories for certain, and those that count only when the text leans unsafe (a ~
     * entry; any listed word in a story of saying no and telling a grown-up).
     */
    private static final class Findings {

        private final boolean refusal;
        private final Set<SafetyCategory> surely = EnumSet.noneOf(SafetyCategory.class);
        private final Set<SafetyCategory> ifHarmful = EnumSet.noneOf(SafetyCategory.class);

        Findings(boolean refusal) {
            this.refusal = refusal;
        }

        void listed(SafetyCategory category) {
            (refusal ? ifHarmful : surely).add(category);
        }
    }
}
