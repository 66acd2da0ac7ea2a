package com.novastoryteller.engine.embedded.reading;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;
import simplenlg.features.Feature;
import simplenlg.features.Form;
import simplenlg.features.NumberAgreement;
import simplenlg.features.Tense;
import simplenlg.framework.LexicalCategory;
import simplenlg.framework.NLGFactory;
import simplenlg.framework.WordElement;
import simplenlg.lexicon.XMLLexicon;
import simplenlg.phrasespec.NPPhraseSpec;
import simplenlg.phrasespec.SPhraseSpec;
import simplenlg.phrasespec.VPPhraseSpec;
import simplenlg.realiser.english.Realiser;

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

    /** Ancestors too general to make two things relatives: everything is an object, most things an artifact. */
    private static final Set<String> TOO_GENERAL = Set.of("entity", "physical entity", "abstraction", "object", "whole",
            "artifact", "instrumentality", "living thing", "organism", "causal agent", "matter", "thing", "unit", "part");

    private final Dictionary wordNet;
    private final Map<String, List<Long>> lineages = new ConcurrentHashMap<>();
    private final XMLLexicon english;
    private final ThreadLocal<Realiser> realiser;
    private final NLGFactory phrases;

    Lexicon() {
        try {
            this.wordNet = Dictionary.getDefaultResourceInstance();
        }
        catch (JWNLException ex) {
            throw new IllegalStateException("WordNet could not be loaded", ex);
        }
        this.english = new XMLLexicon();
        this.phrases = new NLGFactory(english);
        this.realiser = ThreadLocal.withInitial(() -> new Realiser(english));
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
        Set<String> ancestors = ancestors(sense);
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
            Set<String> ancestors = ancestors(senses.get(n));
            ancestors.add(lemmaOf(senses.get(n)));
            if (ancestors.stream().anyMatch(kinds::contains)) {
                return true;
            }
        }
        return false;
    }

    /** The verb's synonyms and its direct hypernyms, from its first two senses: how a new verb is matched to a known one. */
    public Set<String> verbFamily(String verb) {
        Set<String> family = new java.util.LinkedHashSet<>();
        List<Synset> senses = senses(POS.VERB, verb.toLowerCase(Locale.ROOT));
        synchronized (wordNet) {
            for (int n = 0; n < Math.min(2, senses.size()); n++) {
                senses.get(n).getWords().forEach(word -> family.add(word.getLemma()));
                for (Pointer up : senses.get(n).getPointers(PointerType.HYPERNYM)) {
                    Synset parent = target(up);
                    if (parent != null) {
                        parent.getWords().forEach(word -> family.add(word.getLemma()));
                    }
                }
            }
        }
        return family;
    }

    public String nounLemma(String noun) {
        return lemma(POS.NOUN, noun);
    }

    public String verbLemma(String verb) {
        return lemma(POS.VERB, verb);
    }

    private String lemma(POS pos, String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        synchronized (wordNet) {
            try {
                if (wordNet.getIndexWord(pos, lower) != null) {
                    return lower;
                }
                IndexWord base = wordNet.getMorphologicalProcessor().lookupBaseForm(pos, lower);
                return base == null ? lower : base.getLemma();
            }
            catch (JWNLException ex) {
                return lower;
            }
        }
    }

    /** The nearest WordNet noun to a misspelt word ("dinosor" is "dinosaur"), if one is close enough to be sure of. */
    public @Nullable String spellingOf(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.length() < 4 || isNoun(lower)) {
            return null;
        }
        String best = null;
        int bestDistance = lower.length() <= 5 ? 2 : 3;
        synchronized (wordNet) {
            try {
                for (Iterator<IndexWord> words = wordNet.getIndexWordIterator(POS.NOUN, lower.substring(0, 1)); words.hasNext();) {
                    String candidate = words.next().getLemma();
                    if (candidate.indexOf(' ') < 0 && Math.abs(candidate.length() - lower.length()) <= 2) {
                        int distance = Spelling.distance(lower, candidate);
                        if (distance < bestDistance && sortOf(candidate).isAlive()) {
                            best = candidate;
                            bestDistance = distance;
                        }
                    }
                }
            }
            catch (JWNLException ex) {
                return null;
            }
        }
        return best;
    }

    public String past(String verb) {
        return verbForm(verb, Form.NORMAL, Tense.PAST);
    }

    public String participle(String verb) {
        return verbForm(verb, Form.PAST_PARTICIPLE, null);
    }

    public String ing(String verb) {
        return verbForm(verb, Form.PRESENT_PARTICIPLE, null);
    }

    /** "Cog and Sprocket" take "were", "Pebble" takes "was": the verb inflected for a plural or singular subject. */
    public String present(String verb, boolean plural) {
        VPPhraseSpec phrase = phrases.createVerbPhrase(verb);
        SPhraseSpec clause = phrases.createClause(plural ? "they" : "it", phrase);
        String realised = realiser.get().realise(clause).getRealisation();
        return realised.substring(realised.indexOf(' ') + 1);
    }

    private String verbForm(String verb, Form form, @Nullable Tense tense) {
        String lower = verb.toLowerCase(Locale.ROOT);
        VPPhraseSpec phrase = phrases.createVerbPhrase(lower);
        phrase.setFeature(Feature.FORM, form);
        if (tense != null) {
            phrase.setFeature(Feature.TENSE, tense);
        }
        String realised = realiser.get().realise(phrase).getRealisation();
        return keepsTheChildsSpelling(lower, realised) ? realised : regular(lower, form);
    }

    /** SimpleNLG knows "swap" by its British spelling "swop": a regular verb keeps the child's spelling. */
    private boolean keepsTheChildsSpelling(String verb, String form) {
        WordElement word = english.hasWord(verb, LexicalCategory.VERB) ? english.getWord(verb, LexicalCategory.VERB) : null;
        boolean irregular = word != null && word.hasFeature(simplenlg.features.LexicalFeature.PAST);
        return irregular || form.startsWith(verb.substring(0, Math.max(1, verb.length() - 1)));
    }

    /** The singular of a plural noun ("twins" is "twin", though WordNet also knows "Twins", the stars). */
    public String singular(String noun) {
        String lower = noun.toLowerCase(Locale.ROOT);
        synchronized (wordNet) {
            try {
                for (String base : wordNet.getMorphologicalProcessor().lookupAllBaseForms(POS.NOUN, lower)) {
                    if (!base.equals(lower)) {
                        return base;
                    }
                }
            }
            catch (JWNLException ex) {
                return lower;
            }
        }
        return lemma(POS.NOUN, lower);
    }

    private static String regular(String verb, Form form) {
        String stem = verb.endsWith("e") ? verb.substring(0, verb.length() - 1) : verb;
        boolean doubles = verb.matches(".*[^aeiou][aeiou][bdgmnpt]") && verb.length() <= 5;
        String root = doubles ? verb + verb.charAt(verb.length() - 1) : verb;
        if (form == Form.PRESENT_PARTICIPLE) {
            return (verb.endsWith("e") && !verb.endsWith("ee") ? stem : root) + "ing";
        }
        if (verb.endsWith("y") && !verb.matches(".*[aeiou]y")) {
            return verb.substring(0, verb.length() - 1) + "ied";
        }
        return verb.endsWith("e") ? verb + "d" : root + "ed";
    }

    public String plural(String noun) {
        NPPhraseSpec phrase = phrases.createNounPhrase(noun.toLowerCase(Locale.ROOT));
        phrase.setFeature(Feature.NUMBER, NumberAgreement.PLURAL);
        String realised = realiser.get().realise(phrase).getRealisation();
        return realised.equals("fishes") ? "fish" : realised;
    }

    private List<Synset> senses(POS pos, String word) {
        synchronized (wordNet) {
            try {
                IndexWord entry = wordNet.getIndexWord(pos, word);
                if (entry == null) {
                    entry = wordNet.getMorphologicalProcessor().lookupBaseForm(pos, word);
                }
                return entry == null ? List.of() : new ArrayList<>(entry.getSenses());
            }
            catch (JWNLException ex) {
                return List.of();
            }
        }
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
        List<Long> line = lineage(lower);
        String best = null;
        int bestDepth = Integer.MAX_VALUE;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            List<Long> theirs = lineage(candidate);
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

    /** The noun's commonest sense and its hypernyms up to the last one that still says something ("mammal", not "object"). */
    private List<Long> lineage(String noun) {
        return lineages.computeIfAbsent(noun, word -> {
            List<Long> line = new ArrayList<>();
            List<Synset> senses = senses(POS.NOUN, word);
            synchronized (wordNet) {
                Synset current = senses.isEmpty() ? null : senses.get(0);
                while (current != null && line.size() < 20 && !TOO_GENERAL.contains(lemmaOf(current))) {
                    line.add(current.getOffset());
                    List<Pointer> up = current.getPointers(PointerType.HYPERNYM);
                    if (up.isEmpty()) {
                        up = current.getPointers(PointerType.INSTANCE_HYPERNYM);
                    }
                    current = up.isEmpty() ? null : target(up.get(0));
                }
            }
            return line;
        });
    }

    /** The lemmas of the sense's hypernyms up to the root, the first lemma of each. */
    private Set<String> ancestors(Synset sense) {
        Set<String> ancestors = new HashSet<>();
        synchronized (wordNet) {
            Synset current = sense;
            for (int depth = 0; depth < 16 && current != null; depth++) {
                List<Pointer> up = current.getPointers(PointerType.HYPERNYM);
                if (up.isEmpty()) {
                    up = current.getPointers(PointerType.INSTANCE_HYPERNYM);
                }
                if (up.isEmpty()) {
                    break;
                }
                current = target(up.get(0));
                if (current != null) {
                    current.getWords().stream().map(Word::getLemma).forEach(ancestors::add);
                }
            }
        }
        return ancestors;
    }

    private static @Nullable Synset target(Pointer pointer) {
        try {
            return pointer.getTargetSynset();
        }
        catch (JWNLException ex) {
            return null;
        }
    }

    private static String lemmaOf(Synset sense) {
        return sense.getWords().get(0).getLemma();
    }
}
