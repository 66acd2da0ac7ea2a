package com.novastoryteller.engine.embedded.reading;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * WordNet 3.1 as the {@link Lexicon} asks it: a word's senses and base form, a sense's ancestors. The dictionary is
 * not safe to share between threads, so every look-up holds its lock.
 */
final class WordNet {

    /** Ancestors too general to make two things relatives: everything is an object, most things an artifact. */
    private static final Set<String> TOO_GENERAL = Set.of("entity", "physical entity", "abstraction", "object", "whole",
            "artifact", "instrumentality", "living thing", "organism", "causal agent", "matter", "thing", "unit", "part");

    private final Dictionary dictionary;
    private final Map<String, List<Long>> lineages = new ConcurrentHashMap<>();

    WordNet() {
        try {
            this.dictionary = Dictionary.getDefaultResourceInstance();
        }
        catch (JWNLException ex) {
            throw new IllegalStateException("WordNet could not be loaded", ex);
        }
    }

    List<Synset> senses(POS pos, String word) {
        synchronized (dictionary) {
            try {
                IndexWord entry = dictionary.getIndexWord(pos, word);
                if (entry == null) {
                    entry = dictionary.getMorphologicalProcessor().lookupBaseForm(pos, word);
                }
                return entry == null ? List.of() : new ArrayList<>(entry.getSenses());
            }
            catch (JWNLException ex) {
                return List.of();
            }
        }
    }

    String lemma(POS pos, String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        synchronized (dictionary) {
            try {
                if (dictionary.getIndexWord(pos, lower) != null) {
                    return lower;
                }
                IndexWord base = dictionary.getMorphologicalProcessor().lookupBaseForm(pos, lower);
                return base == null ? lower : base.getLemma();
            }
            catch (JWNLException ex) {
                return lower;
            }
        }
    }

    /** The singular of a plural noun ("twins" is "twin", though WordNet also knows "Twins", the stars). */
    String singular(String noun) {
        String lower = noun.toLowerCase(Locale.ROOT);
        synchronized (dictionary) {
            try {
                for (String base : dictionary.getMorphologicalProcessor().lookupAllBaseForms(POS.NOUN, lower)) {
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

    /** The nouns of one word that could be a misspelling of {@code lower}: the same first letter, a length within two. */
    List<String> nounsLike(String lower) {
        List<String> candidates = new ArrayList<>();
        synchronized (dictionary) {
            try {
                for (Iterator<IndexWord> words = dictionary.getIndexWordIterator(POS.NOUN, lower.substring(0, 1)); words.hasNext();) {
                    String candidate = words.next().getLemma();
                    if (candidate.indexOf(' ') < 0 && Math.abs(candidate.length() - lower.length()) <= 2) {
                        candidates.add(candidate);
                    }
                }
            }
            catch (JWNLException ex) {
                return List.of();
            }
        }
        return candidates;
    }

    /** The verb's synonyms and its direct hypernyms, from its first two senses. */
    Set<String> verbFamily(String verb) {
        Set<String> family = new LinkedHashSet<>();
        List<Synset> senses = senses(POS.VERB, verb.toLowerCase(Locale.ROOT));
        synchronized (dictionary) {
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

    /** The noun's commonest sense and its hypernyms up to the last one that still says something ("mammal", not "object"). */
    List<Long> lineage(String noun) {
        return lineages.computeIfAbsent(noun, word -> {
            List<Long> line = new ArrayList<>();
            List<Synset> senses = senses(POS.NOUN, word);
            synchronized (dictionary) {
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
    Set<String> ancestors(Synset sense) {
        Set<String> ancestors = new HashSet<>();
        synchronized (dictionary) {
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

    static String lemmaOf(Synset sense) {
        return sense.getWords().get(0).getLemma();
    }

    private static @Nullable Synset target(Pointer pointer) {
        try {
            return pointer.getTargetSynset();
        }
        catch (JWNLException ex) {
            return null;
        }
    }
}
