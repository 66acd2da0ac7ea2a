package com.novastoryteller.engine.embedded.reading;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Synset;

/**
 * What the writer knows of English words: WordNet 3.1 says what a noun names (a telescope is an instrument,
 * a cheetah an animal, a desert a place) and which base form a word has; SimpleNLG's lexicon inflects verbs and
 * nouns ("fly" to "flew", "mouse" to "mice"). Loaded once; every method is safe from any thread.
 */
public final class Lexicon {

    /** What a noun names, as far as a story cares. */
    public enum Sort {
        PERSON, ANIMAL, CREATURE, MACHINE, PLANT, FOOD, THING, PLACE, NATURE, TIME, EVENT, GROUP, BODY, FEELING, OTHER, UNKNOWN;

        /** Whether something of this sort can be a character without being named. */
        public boolean isAlive() {
            return this == PERSON || this == ANIMAL || this == CREATURE || this == MACHINE;
        }
    }

    private static final Set<String> PLACE_ANCESTORS = Set.of("location", "structure", "building", "room",
            "geological formation", "body of water", "land", "tract", "facility", "establishment", "region",
            "celestial body", "area", "way", "shop", "workplace", "dwelling", "natural elevation", "vegetation");
    private static final Set<String> CREATURE_ANCESTORS = Set.of("imaginary being", "mythical being", "spiritual being",
            "mythical monster", "monster", "giant", "fairy", "hobgoblin", "ghost", "extraterrestrial being", "ogre");
    private static final Set<String> MACHINE_LEMMAS = Set.of("robot", "android", "automaton", "cyborg", "computer");
    private static final Set<String> EVENT_WORDS = Set.of("race", "contest", "competition", "party", "picnic",
            "holiday", "concert", "game", "match", "show", "festival", "quest", "trip", "journey", "adventure", "wedding",
            "birthday", "parade", "championship", "tournament");

    /** How much a story wants each sort when a noun has several senses: a kite is a toy before it is a bird. */
    private static final Map<Sort, Integer> WEIGHTS = Map.ofEntries(Map.entry(Sort.PERSON, 0),
            Map.entry(Sort.ANIMAL, 0), Map.entry(Sort.CREATURE, 0), Map.entry(Sort.MACHINE, 0),
            Map.entry(Sort.PLACE, 1), Map.entry(Sort.FOOD, 1), Map.entry(Sort.THING, 2),
            Map.entry(Sort.PLANT, 2), Map.entry(Sort.NATURE, 3), Map.entry(Sort.TIME, 3),
            Map.entry(Sort.EVENT, 3), Map.entry(Sort.BODY, 4), Map.entry(Sort.GROUP, 5),
            Map.entry(Sort.FEELING, 5), Map.entry(Sort.OTHER, 12), Map.entry(Sort.UNKNOWN, 12));

    private final WordNet wordNet;
    private final Inflections inflections;

    Lexicon() {
        this.wordNet = new WordNet();
        this.inflections = new Inflections();
    }

    /** What the noun names, judged by its commonest senses, the concrete ones first. */
    public Sort sortOf(String noun) {
        String word = noun.toLowerCase(Locale.ROOT);
        String lemma = nounLemma(word);
        if (MACHINE_LEMMAS.contains(lemma)) {
            return Sort.MACHINE;
        }
        if (EVENT_WORDS.contains(lemma)) {
            return Sort.EVENT;
        }
        List<Synset> senses = senses(POS.NOUN, word);
        if (senses.isEmpty()) {
            return Sort.UNKNOWN;
        }
        Sort best = Sort.OTHER;
        int bestRank = Integer.MAX_VALUE;
        for (int n = 0; n < Math.min(4, senses.size()); n++) {
            Sort sort = sortOfSense(senses.get(n));
            int rank = WEIGHTS.get(sort) + 3 * n;
            if (rank < bestRank || rank == bestRank && WEIGHTS.get(sort) < WEIGHTS.get(best)) {
                best = sort;
                bestRank = rank;
            }
        }
        return best;
    }

    private Sort sortOfSense(Synset sense) {
        Set<String> ancestors = wordNet.ancestors(sense);
        String file = sense.getLexFileName();
        if (ancestors.stream().anyMatch(CREATURE_ANCESTORS::contains)) {
            return Sort.CREATURE;
        }
        return switch (file) {
            case "noun.person" -> Sort.PERSON;
            case "noun.animal" -> Sort.ANIMAL;
            case "noun.plant" -> Sort.PLANT;
            case "noun.food" -> Sort.FOOD;
            case "noun.location" -> Sort.PLACE;
            case "noun.object" -> ancestors.stream().anyMatch(PLACE_ANCESTORS::contains) ? Sort.PLACE : Sort.NATURE;
            case "noun.artifact" -> ancestors.stream().anyMatch(PLACE_ANCESTORS::contains) ? Sort.PLACE : Sort.THING;
            case "noun.phenomenon", "noun.substance" -> Sort.NATURE;
            case "noun.time" -> Sort.TIME;
            case "noun.event", "noun.act" -> Sort.EVENT;
            case "noun.group" -> Sort.GROUP;
            case "noun.body" -> Sort.BODY;
            case "noun.feeling", "noun.state" -> Sort.FEELING;
            default -> Sort.OTHER;
        };
    }

    /** Whether the word has a noun sense at all (known to WordNet, in any form). */
    public boolean isNoun(String word) {
        return !senses(POS.NOUN, word.toLowerCase(Locale.ROOT)).isEmpty();
    }

    /** Whether WordNet knows the word, in any form, as any part of speech: "strange" is a word, "anarexia" is not. */
    public boolean isWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return Stream.of(POS.NOUN, POS.VERB, POS.ADJECTIVE, POS.ADVERB).anyMatch(pos -> !senses(pos, lower).isEmpty());
    }

    public boolean isAdverb(String word) {
        return !senses(POS.ADVERB, word.toLowerCase(Locale.ROOT)).isEmpty();
    }

    public boolean isVerb(String word) {
        return !senses(POS.VERB, word.toLowerCase(Locale.ROOT)).isEmpty();
    }

    /** Whether any of the noun's first senses descends from one of the given WordNet words ("container", "vehicle"). */
    public boolean isA(String noun, Set<String> kinds) {
        List<Synset> senses = senses(POS.NOUN, noun.toLowerCase(Locale.ROOT));
        for (int n = 0; n < Math.min(3, senses.size()); n++) {
            Set<String> ancestors = wordNet.ancestors(senses.get(n));
            ancestors.add(WordNet.lemmaOf(senses.get(n)));
            if (ancestors.stream().anyMatch(kinds::contains)) {
                return true;
            }
        }
        return false;
    }

    /** The verb's synonyms and its direct hypernyms, from its first two senses: how a new verb is matched to a known one. */
    public Set<String> verbFamily(String verb) {
        return wordNet.verbFamily(verb);
    }

    public String nounLemma(String noun) {
        return wordNet.lemma(POS.NOUN, noun);
    }

    public String verbLemma(String verb) {
        return wordNet.lemma(POS.VERB, verb);
    }

    /** The nearest WordNet noun to a misspelt word ("dinosor" is "dinosaur"), if one is close enough to be sure of. */
    public @Nullable String spellingOf(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.length() < 4 || isNoun(lower)) {
            return null;
        }
        String best = null;
        int bestDistance = lower.length() <= 5 ? 2 : 3;
        for (String candidate : wordNet.nounsLike(lower)) {
            int distance = Spelling.distance(lower, candidate);
            if (distance < bestDistance && sortOf(candidate).isAlive()) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    public String past(String verb) {
        return inflections.past(verb);
    }

    public String participle(String verb) {
        return inflections.participle(verb);
    }

    public String ing(String verb) {
        return inflections.ing(verb);
    }

    /** "Cog and Sprocket" take "were", "Pebble" takes "was": the verb inflected for a plural or singular subject. */
    public String present(String verb, boolean plural) {
        return inflections.present(verb, plural);
    }

    /** The singular of a plural noun ("twins" is "twin", though WordNet also knows "Twins", the stars). */
    public String singular(String noun) {
        return wordNet.singular(noun);
    }

    public String plural(String noun) {
        return inflections.plural(noun);
    }

    /**
     * Of the {@code known} nouns, the nearest relative of {@code noun} in WordNet: the one that shares the most
     * specific ancestor with it ("stoat" is nearest "otter", both musteline mammals; "ukulele" nearest "guitar").
     * The noun itself when it is known; null when nothing known shares more than a generic ancestor ("object").
     */
    public @Nullable String nearest(String noun, Collection<String> known) {
        String lower = noun.toLowerCase(Locale.ROOT);
        if (known.contains(lower)) {
            return lower;
        }
        List<Long> line = wordNet.lineage(lower);
        String best = null;
        int bestDepth = Integer.MAX_VALUE;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            List<Long> theirs = wordNet.lineage(candidate);
            for (int depth = 0; depth < line.size() && depth <= bestDepth; depth++) {
                int distance = theirs.indexOf(line.get(depth));
                if (distance >= 0) {
                    if (depth < bestDepth || distance < bestDistance) {
                        best = candidate;
                        bestDepth = depth;
                        bestDistance = distance;
                    }
                    break;
                }
            }
        }
        return best;
    }

    private List<Synset> senses(POS pos, String word) {
        return wordNet.senses(pos, word);
    }
}
