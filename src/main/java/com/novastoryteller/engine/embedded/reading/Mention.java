package com.novastoryteller.engine.embedded.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * One noun phrase of the request as the chunker found it, taken apart: its determiner or number, the child's
 * adjectives, its nouns (the last is the head), the names in it, and whose it is ("Grandpa Theo's bakery").
 */
final class Mention {

    /** Words that stand before a name as part of it: "Captain Okonkwo", "Grandma Odette". */
    static final List<String> TITLES = List.of("captain", "sir", "lady", "professor", "doctor", "dr", "mr", "mrs", "ms",
            "miss", "grandma", "grandpa", "granny", "grandad", "grandmother", "grandfather", "nana", "uncle", "aunt",
            "auntie", "king", "queen", "prince", "princess", "lord", "madam", "madame", "detective", "officer", "chef",
            "admiral", "general", "major", "baron", "count", "duke", "duchess", "mister", "agent", "coach", "nurse");

    final int start;
    int end;
    String preposition = "";
    String determiner = "";
    int count = 1;
    boolean plural;
    final List<String> adjectives = new ArrayList<>();
    final List<String> nouns = new ArrayList<>();
    final List<String> names = new ArrayList<>();
    @Nullable String possessor;
    /** The phrase after "of" that this one took in: the ants of "a team of ants". */
    @Nullable Mention of;
    String words = "";
    @Nullable String head;
    Lexicon.Sort sort = Lexicon.Sort.UNKNOWN;

    Mention(int start) {
        this.start = start;
    }

    boolean hasNames() {
        return !names.isEmpty();
    }

    boolean isOnlyNames() {
        return nouns.isEmpty() && !names.isEmpty();
    }

    boolean isPronoun() {
        return nouns.isEmpty() && names.isEmpty() && head != null && List.of("it", "them", "him", "her", "me", "us", "i",
                "we", "they", "you").contains(head);
    }

    /** The kind without names: "bear cub", "red blood cell" keeps its compound nouns. */
    @Nullable String kind() {
        return nouns.isEmpty() ? null : String.join(" ", nouns.subList(0, nouns.size() - 1)).concat(
                nouns.size() > 1 ? " " : "").concat(head == null ? nouns.get(nouns.size() - 1) : head);
    }

    /** The whole phrase as a {@link Phrase}. */
    Phrase phrase() {
        return Phrase.of(preposition, words, head == null ? words.toLowerCase(Locale.ROOT) : head);
    }

    /** The child who asks: "my brother and I", "me and my dog", "we". */
    boolean isTheChild() {
        return nouns.isEmpty() && names.isEmpty() && head != null && List.of("i", "me", "we", "us", "myself").contains(head);
    }

    boolean isAlive() {
        return sort.isAlive() || hasNames();
    }

    /** A name with a title before it: "Captain Okonkwo" is someone, "Puddleby" may be a place. */
    boolean looksLikePerson() {
        String first = names.get(0).split(" ")[0].toLowerCase(Locale.ROOT);
        return TITLES.contains(first);
    }

    /** The phrase as what a goal acts on, without its preposition: "no friends" is "the friends", "any treasure" "the treasure". */
    Phrase asObject() {
        if (determiner.matches("no|any") && !nouns.isEmpty()) {
            return Phrase.of("", "the " + String.join(" ", nouns), head == null ? words : head);
        }
        return Phrase.of("", words, head == null ? words : head);
    }

    @Override
    public String toString() {
        return (preposition.isEmpty() ? "" : preposition + " ") + "[" + words + "] " + sort + (names.isEmpty() ? "" : " names=" + names);
    }
}
