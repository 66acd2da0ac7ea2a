package com.novastoryteller.engine.embedded.picture;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.novastoryteller.engine.embedded.picture.LookTokens.Token;
import com.novastoryteller.engine.embedded.reading.Language;
import com.novastoryteller.engine.embedded.reading.Lexicon;

/**
 * What a description says someone is: the kind named where the words say what someone is ("she is a fox", "a round,
 * grey otter"), a costume's kind for a plain child ("a boy dressed as a pirate"), else the head noun when it is no
 * known kind; with the gender and age the kind's words give ("a girl", "a tiger cub").
 */
final class KindReading {

    private final LookTokens tokens;
    private @Nullable String kind;
    private @Nullable Character gender;
    private Look.@Nullable Age age;

    private KindReading(LookTokens tokens) {
        this.tokens = tokens;
    }

    static KindReading of(LookTokens tokens) {
        KindReading reading = new KindReading(tokens);
        reading.read();
        return reading;
    }

    @Nullable String kind() {
        return kind;
    }

    @Nullable Character gender() {
        return gender;
    }

    Look.@Nullable Age age() {
        return age;
    }

    private void read() {
        List<Integer> starts = phraseStarts();
        Integer dressedAs = costumeStart();
        for (int start : starts) {
            kind = kindIn(phrase(start));
            if (kind != null) {
                break;
            }
        }
        String costume = dressedAs == null ? null : kindIn(phrase(dressedAs));
        if (costume != null && (kind == null || LookWords.EVERYONE.contains(kind))) {
            kind = costume;
        }
        for (Token token : tokens.all()) {
            Kind named = Kinds.named(token.word());
            if (named != null && named.parts().containsKey("gender")) {
                gender = gender != null ? gender : named.part("gender", "").charAt(0);
            }
        }
        for (int start = 0; kind == null && start < starts.size(); start++) {
            kind = headNoun(phrase(starts.get(start)));
        }
    }

    /** Where the words say what someone is: at the start, unless a name or a pronoun starts them; after "is a". */
    private List<Integer> phraseStarts() {
        List<Integer> starts = new ArrayList<>();
        int first = 0;
        boolean startsWithAName = tokens.get(0).capital() && Kinds.named(tokens.at(0)) == null
                && !LookWords.DETERMINERS.contains(tokens.at(0));
        if (LookWords.PRONOUNS.contains(tokens.at(0)) || startsWithAName) {
            first = LookWords.COPULAS.contains(tokens.at(1)) ? 2 : -1;
        }
        if (first >= 0) {
            starts.add(first);
        }
        for (int n = 0; n < tokens.size(); n++) {
            if (LookWords.COPULAS.contains(tokens.at(n)) && (tokens.at(n + 1).equals("a") || tokens.at(n + 1).equals("an"))) {
                starts.add(n + 1);
            }
        }
        return starts;
    }

    /** Where the last "dressed as" or "disguised up as" names a costume, or null. */
    private @Nullable Integer costumeStart() {
        Integer dressedAs = null;
        for (int n = 0; n < tokens.size(); n++) {
            if (tokens.at(n).equals("dressed") || tokens.at(n).equals("disguised")) {
                int as = tokens.at(n + 1).equals("up") ? n + 2 : n + 1;
                if (tokens.at(as).equals("as")) {
                    dressedAs = as + 1;
                }
            }
        }
        return dressedAs;
    }

    /** The words from start that name one thing: "a round, grey otter", up to "with", "who" and the like. */
    private List<Token> phrase(int start) {
        List<Token> words = new ArrayList<>();
        int n = start;
        while (n < tokens.size() && LookWords.DETERMINERS.contains(tokens.at(n))) {
            n++;
        }
        for (; n < tokens.size() && words.size() < 7; n++) {
            String word = tokens.at(n);
            if (word.equals(",") && n + 1 < tokens.size() && Character.isLetter(tokens.at(n + 1).charAt(0))
                    && !LookWords.STOPS.contains(tokens.at(n + 1))) {
                continue;
            }
            if (LookWords.STOPS.contains(word) || !Character.isLetterOrDigit(word.charAt(0))) {
                break;
            }
            words.add(tokens.get(n));
        }
        return words;
    }

    /**
     * The phrase's kind: its last kind word, unless that is only "girl" or "cub" beside a more telling one, or a
     * rank after one ("a pirate captain" is a pirate).
     */
    private @Nullable String kindIn(List<Token> phrase) {
        Kind chosen = null;
        String chosenWord = null;
        Kind plain = null;
        for (int n = 0; n < phrase.size(); n++) {
            String word = phrase.get(n).word();
            String pairWords = n + 1 < phrase.size() ? word + " " + phrase.get(n + 1).word() : "";
            Kind pair = known(pairWords);
            Kind kind = pair != null ? pair : known(word);
            String said = pair != null ? pairWords : word;
            if (pair != null) {
                n++;
            }
            if (kind == null) {
                continue;
            }
            if (LookWords.YOUNG.contains(word)) {
                age = Look.Age.BABY;
            }
            if (LookWords.EVERYONE.contains(kind.name())) {
                plain = kind;
                if (kind.name().equals("girl") || kind.name().equals("boy")) {
                    age = age == null ? Look.Age.CHILD : age;
                }
            }
            else if (chosen == null || !LookWords.YOUNG.contains(word) && !LookWords.RANKS.contains(kind.name())) {
                chosen = kind;
                // a near relative keeps its own name, so that the picture can say what it drew it as
                chosenWord = Kinds.named(said) != null ? kind.name() : Kinds.singular(said);
            }
        }
        return chosen != null ? chosenWord : plain == null ? null : plain.name();
    }

    private static @Nullable Kind known(String word) {
        if (word.isEmpty()) {
            return null;
        }
        Kind kind = Kinds.named(word);
        return kind != null ? kind : Kinds.near(word);
    }

    /** The last word of the phrase that WordNet says is a living thing, for kinds the illustrator has no name for. */
    private static @Nullable String headNoun(List<Token> phrase) {
        Lexicon lexicon = null;
        for (int n = phrase.size() - 1; n >= 0; n--) {
            Token token = phrase.get(n);
            String word = token.word();
            if (token.capital() || isNoHeadNoun(word)) {
                continue;
            }
            lexicon = lexicon == null ? Language.get().lexicon() : lexicon;
            if (lexicon.isNoun(word) && lexicon.sortOf(word).isAlive()) {
                return lexicon.nounLemma(word);
            }
        }
        return null;
    }

    /** A pronoun, a colour, a size, a build or an age, a word of one or two letters, or one with more than letters. */
    private static boolean isNoHeadNoun(String word) {
        return LookWords.PRONOUNS.contains(word) || Palette.isColour(word) || LookWords.SIZES.containsKey(word)
                || LookWords.ROUND.contains(word) || LookWords.OLD.contains(word) || word.length() < 3
                || !word.chars().allMatch(Character::isLetter);
    }
}
