package com.novastoryteller.engine.embedded.reading;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import simplenlg.features.Feature;
import simplenlg.features.Form;
import simplenlg.features.LexicalFeature;
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

/** SimpleNLG's lexicon as the {@link Lexicon} asks it: verbs and nouns inflected ("fly" to "flew", "mouse" to "mice"). */
final class Inflections {

    private final XMLLexicon english = new XMLLexicon();
    private final NLGFactory phrases = new NLGFactory(english);
    private final ThreadLocal<Realiser> realiser = ThreadLocal.withInitial(() -> new Realiser(english));

    String past(String verb) {
        return verbForm(verb, Form.NORMAL, Tense.PAST);
    }

    String participle(String verb) {
        return verbForm(verb, Form.PAST_PARTICIPLE, null);
    }

    String ing(String verb) {
        return verbForm(verb, Form.PRESENT_PARTICIPLE, null);
    }

    String present(String verb, boolean plural) {
        VPPhraseSpec phrase = phrases.createVerbPhrase(verb);
        SPhraseSpec clause = phrases.createClause(plural ? "they" : "it", phrase);
        String realised = realiser.get().realise(clause).getRealisation();
        return realised.substring(realised.indexOf(' ') + 1);
    }

    String plural(String noun) {
        NPPhraseSpec phrase = phrases.createNounPhrase(noun.toLowerCase(Locale.ROOT));
        phrase.setFeature(Feature.NUMBER, NumberAgreement.PLURAL);
        String realised = realiser.get().realise(phrase).getRealisation();
        return realised.equals("fishes") ? "fish" : realised;
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
        boolean irregular = word != null && word.hasFeature(LexicalFeature.PAST);
        return irregular || form.startsWith(verb.substring(0, Math.max(1, verb.length() - 1)));
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
}
