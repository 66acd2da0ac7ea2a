package com.novastoryteller.engine.embedded.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.novastoryteller.engine.embedded.reading.Being.Gender;

/** The characters a noun phrase names, as {@link Being}s: one per name, or one (a group) for the kind, she or he when the request says. */
final class Beings {

    private static final Set<String> FEMININE = Set.of("girl", "princess", "queen", "woman", "lady", "mother", "mom", "mum",
            "grandmother", "granny", "grandma", "nana", "sister", "daughter", "witch", "mermaid", "aunt", "auntie", "ballerina",
            "granddaughter", "niece", "empress", "duchess", "hen", "cow", "mare", "ewe", "goddess", "fairy", "actress");
    private static final Set<String> MASCULINE = Set.of("boy", "prince", "king", "man", "father", "dad", "daddy",
            "grandfather", "grandpa", "grandad", "brother", "son", "wizard", "uncle", "knight", "grandson", "nephew",
            "emperor", "duke", "rooster", "bull", "fisherman", "sir", "lord", "stallion", "merman", "god", "actor");

    private final Sentence sentence;

    Beings(Sentence sentence) {
        this.sentence = sentence;
    }

    List<Being> of(Mention mention) {
        List<String> traits = mention.adjectives.stream()
                .filter(adjective -> !GoalWords.MISSING.contains(adjective) && !adjective.equals("very")).toList();
        String kind = mention.kind();
        String singularKind = kind == null ? null : kind.substring(0, kind.length() - last(kind).length()) + mention.head;
        String relation = mention.determiner.matches("my|his|her|their|our|your") && kind != null
                ? toTheChild(mention.determiner) + " " + singularKind
                : mention.possessor != null && !mention.possessor.isEmpty() && kind != null
                        ? mention.possessor + "'s " + singularKind : null;
        if (mention.hasNames()) {
            String group = mention.names.size() > 1 && kind != null ? withoutNames(mention) : null;
            List<Being> beings = new ArrayList<>();
            for (String name : mention.names) {
                beings.add(new Being(name, singularKind, mention.names.size() > 1 ? List.of() : traits, relation,
                        Gender.UNKNOWN, group, 1, null));
            }
            return beings;
        }
        if (mention.isTheChild()) {
            return List.of(new Being("you", null, List.of(), null, Gender.UNKNOWN, null, 0, null));
        }
        int count = mention.plural ? (mention.count > 1 ? mention.count : 0) : 1;
        String plural = mention.plural && !mention.nouns.isEmpty() ? kindInPlural(mention) : null;
        return List.of(new Being(null, singularKind, traits, relation, Gender.UNKNOWN, null, count, plural));
    }

    /** The story is told to the child: what the child calls "my" is "your" in it. */
    private static String toTheChild(String determiner) {
        return determiner.equals("my") || determiner.equals("our") ? "your" : determiner;
    }

    private static String kindInPlural(Mention mention) {
        List<String> nouns = mention.nouns;
        String head = nouns.get(nouns.size() - 1);
        return (nouns.size() > 1 ? String.join(" ", nouns.subList(0, nouns.size() - 1)) + " " : "") + head;
    }

    private static String withoutNames(Mention mention) {
        int comma = mention.words.indexOf(',');
        String before = comma > 0 ? mention.words.substring(0, comma) : mention.words;
        for (String name : mention.names) {
            before = before.replace(name, "");
        }
        return before.replaceAll("\\s+and\\s*$", "").replaceAll("\\s{2,}", " ").strip();
    }

    /** Whoever owns something in the request: "Grandma Odette" of "Grandma Odette's piano". */
    static Being possessor(String possessor) {
        String[] words = possessor.split(" ");
        String first = words[0].toLowerCase(Locale.ROOT);
        Gender gender = FEMININE.contains(first) ? Gender.FEMALE : MASCULINE.contains(first) ? Gender.MALE : Gender.UNKNOWN;
        return new Being(possessor, Mention.TITLES.contains(first) && words.length > 1 ? first : null, List.of(), null,
                gender, null, 1, null);
    }

    /** She or he, from what the child called them ("a girl", "my brother") or the pronouns used of them ("her horn"). */
    List<Being> gendered(List<Being> heroes) {
        List<Being> gendered = new ArrayList<>();
        Gender fromPronouns = pronounGender();
        for (Being hero : heroes) {
            Gender gender = genderOf(hero);
            if (gender == Gender.UNKNOWN && heroes.size() == 1 && fromPronouns != Gender.UNKNOWN) {
                gender = fromPronouns;
            }
            gendered.add(hero.withGender(gender));
        }
        return gendered;
    }

    private static Gender genderOf(Being being) {
        for (String word : new String[] { being.kind(), being.name() == null ? null : being.name().split(" ")[0] }) {
            if (word == null) {
                continue;
            }
            String last = last(word.toLowerCase(Locale.ROOT));
            if (FEMININE.contains(last)) {
                return Gender.FEMALE;
            }
            if (MASCULINE.contains(last)) {
                return Gender.MALE;
            }
        }
        return Gender.UNKNOWN;
    }

    private Gender pronounGender() {
        boolean her = false;
        boolean his = false;
        for (Token token : sentence.tokens) {
            her |= token.is("her", "she", "herself");
            his |= token.is("his", "he", "him", "himself");
        }
        return her == his ? Gender.UNKNOWN : her ? Gender.FEMALE : Gender.MALE;
    }

    private static String last(String words) {
        String[] split = words.split("\\s+");
        return split[split.length - 1];
    }
}
