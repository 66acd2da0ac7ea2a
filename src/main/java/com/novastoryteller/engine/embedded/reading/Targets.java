package com.novastoryteller.engine.embedded.reading;

import java.util.List;

import org.jspecify.annotations.Nullable;

import com.novastoryteller.engine.embedded.reading.Lexicon.Sort;

/** What a clause's verb acts on: its object, what "it" or "them" stands for, or the phrase it goes to. */
final class Targets {

    /** What the verb acts on, and the preposition that leads to it when it is a phrase ("climb up the hill"). */
    record Target(@Nullable Mention object, String preposition) {
    }

    private final Parse parse;
    private final PlacesAndTimes places;
    private final VerbShapes shapes;

    Targets(Parse parse, PlacesAndTimes places, VerbShapes shapes) {
        this.parse = parse;
        this.places = places;
        this.shapes = shapes;
    }

    Target of(Clause clause, List<Mention> heroes, String verb) {
        Mention object = objectOf(clause, heroes);
        Mention wantedFor = clause.phrases.stream().filter(p -> p.preposition.equals("for") && !p.isAlive()).findFirst().orElse(null);
        if (object == null && wantedFor != null && shapes.of(verb, null, clause) == Shape.FIND) {
            // "dig for treasure", "fish for pearls": what they are for is what they find
            return new Target(wantedFor, "for");
        }
        if (object == null) {
            Mention target = clause.phrases.stream().filter(p -> p.sort != Sort.TIME && !PlacesAndTimes.isTimeWord(p)
                    && !p.preposition.equals("for") && !p.preposition.equals("from")).findFirst().orElse(null);
            if (target != null) {
                return new Target(target, target.preposition);
            }
        }
        return new Target(object, "");
    }

    /** The one thing the child named that is neither a hero nor a place: what "sharing" is about in "sharing, with two squirrels and one acorn". */
    @Nullable Mention onlyThing(List<Mention> heroes) {
        List<Mention> things = parse.mentions.stream().filter(m -> !heroes.contains(m) && !m.isAlive() && !m.isPronoun()
                && m.head != null && !places.isPlace(m) && m.sort != Sort.TIME && !m.preposition.startsWith("of:")).toList();
        return things.size() == 1 ? things.get(0) : null;
    }

    private @Nullable Mention objectOf(Clause clause, List<Mention> heroes) {
        Mention object = clause.object;
        if (object == null) {
            return null;
        }
        if (object.isPronoun()) {
            return antecedent(object, heroes);
        }
        return object;
    }

    /** What "them" or "it" stands for: the last thing before it of the same number that is not the subject. */
    private @Nullable Mention antecedent(Mention pronoun, List<Mention> heroes) {
        boolean plural = pronoun.head != null && pronoun.head.equals("them");
        Mention found = null;
        for (Mention mention : parse.mentions) {
            if (mention.start >= pronoun.start) {
                break;
            }
            if (!mention.isPronoun() && mention.plural == plural && !mention.preposition.startsWith("of:")
                    && (mention.head != null || mention.hasNames())) {
                boolean isHero = heroes.contains(mention);
                if (!isHero || heroes.size() > 1 && !heroes.get(heroes.size() - 1).equals(mention)) {
                    found = mention;
                }
            }
        }
        return found;
    }
}
