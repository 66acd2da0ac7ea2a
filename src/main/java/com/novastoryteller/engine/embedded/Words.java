package com.novastoryteller.engine.embedded;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import com.novastoryteller.engine.embedded.reading.Language;
import com.novastoryteller.engine.embedded.reading.Lexicon;

/** The words of a request in their base forms ("volcanoes" is "volcano", "grows" is "grow"), for matching topics. */
final class Words {

    private Words() {
    }

    static Set<String> of(String text) {
        Lexicon lexicon = Language.get().lexicon();
        Set<String> words = new HashSet<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}']+")) {
            if (word.length() < 2) {
                continue;
            }
            words.add(word);
            words.add(lexicon.singular(word));
            words.add(lexicon.verbLemma(word));
        }
        return words;
    }
}
