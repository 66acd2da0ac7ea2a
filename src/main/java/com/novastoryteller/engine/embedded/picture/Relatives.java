package com.novastoryteller.engine.embedded.picture;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

import com.novastoryteller.engine.embedded.reading.Language;
import com.novastoryteller.engine.embedded.reading.Lexicon;

/**
 * The drawable kind nearest to a word the illustrator has no picture for, from WordNet: "stoat" is drawn as an
 * otter (both musteline mammals), "puma" as a cat, "plumber" as a builder or else a person. Answers are kept.
 */
final class Relatives {

    private static final Map<String, Optional<Kind>> ANSWERS = new ConcurrentHashMap<>();

    private Relatives() {
    }

    /** The kind itself when it is drawable, its nearest drawable relative otherwise, or null when none is near. */
    static @Nullable Kind of(String word) {
        Kind known = Kinds.named(word);
        if (known == null) {
            known = Kinds.near(word);
        }
        if (known != null) {
            return known;
        }
        return ANSWERS.computeIfAbsent(word.toLowerCase(java.util.Locale.ROOT).strip(), Relatives::ask).orElse(null);
    }

    private static Optional<Kind> ask(String word) {
        Lexicon lexicon = Language.get().lexicon();
        String lemma = lexicon.nounLemma(word);
        Kind known = Kinds.named(lemma) != null ? Kinds.named(lemma) : Kinds.near(lemma);
        if (known != null) {
            return Optional.of(known);
        }
        if (!lexicon.isNoun(lemma)) {
            return Optional.empty();
        }
        // a family listed in the data is surer than WordNet's first sense alone ("seal" is first a stamp)
        List<String> family = Kinds.withFamilies().stream()
                .filter(kind -> lexicon.isA(lemma, Set.copyOf(kind.words("family")))).map(Kind::name).toList();
        if (!family.isEmpty()) {
            String nearest = lexicon.nearest(lemma, family);
            return Optional.of(Kinds.get(nearest != null ? nearest : family.get(0)));
        }
        String nearest = lexicon.nearest(lemma, Kinds.names());
        Lexicon.Sort sort = lexicon.sortOf(lemma);
        if (nearest != null) {
            Kind kind = Kinds.get(nearest);
            // a person is drawn in a trade's clothes only when they have that trade
            if (kind.plan() != Plan.PERSON || lexicon.isA(lemma, Set.of(nearest))) {
                return Optional.of(kind);
            }
        }
        return switch (sort) {
            case PERSON -> Optional.of(Kinds.get("person"));
            case CREATURE -> Optional.of(Kinds.get("monster"));
            case MACHINE -> Optional.of(Kinds.get("robot"));
            default -> Optional.empty();
        };
    }
}
