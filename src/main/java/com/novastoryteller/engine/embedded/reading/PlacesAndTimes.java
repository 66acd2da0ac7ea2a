package com.novastoryteller.engine.embedded.reading;

import java.util.List;
import java.util.Set;

import com.novastoryteller.engine.embedded.reading.Lexicon.Sort;

/** Which of the request's phrases say where the story happens ("at the seaside", "the town where...") and when. */
final class PlacesAndTimes {

    private static final Set<String> LOCATIVE = Set.of("in", "on", "at", "under", "near", "inside", "behind", "beside",
            "across", "over", "through", "into", "above", "below", "around", "by", "along", "beneath", "beyond", "outside",
            "within", "underneath", "among", "up", "down", "from", "onto", "to", "past", "between");

    private final Sentence sentence;
    private final Lexicon lexicon;

    PlacesAndTimes(Sentence sentence, Lexicon lexicon) {
        this.sentence = sentence;
        this.lexicon = lexicon;
    }

    boolean isPlace(Mention mention) {
        if (mention.preposition.isEmpty()) {
            Token next = sentence.at(mention.end);
            return next != null && next.is("where") && !mention.isAlive();
        }
        if (!LOCATIVE.contains(mention.preposition.split(" ")[0])) {
            return false;
        }
        return mention.sort == Sort.PLACE || mention.sort == Sort.NATURE || mention.sort == Sort.THING && !mention.isAlive()
                && lexicon.isA(mention.head == null ? "" : mention.head, Set.of("structure", "area", "furniture"))
                || mention.isOnlyNames() && !mention.looksLikePerson() || mention.sort == Sort.UNKNOWN && !mention.hasNames();
    }

    static boolean isTimeWord(Mention mention) {
        return mention.head != null && List.of("midnight", "night", "morning", "evening", "winter", "summer", "spring",
                "autumn", "fall", "christmas", "birthday", "day", "week", "noon", "dawn", "sunset", "sunrise",
                "eve", "halloween", "weekend").contains(mention.head) && !mention.preposition.isEmpty()
                && !mention.preposition.equals("of");
    }
}
