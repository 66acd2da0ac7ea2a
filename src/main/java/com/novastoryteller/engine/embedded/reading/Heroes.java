package com.novastoryteller.engine.embedded.reading;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.novastoryteller.engine.embedded.reading.Lexicon.Sort;

/**
 * Who the story is about: whoever tells it, the living subjects of the request's verbs and who goes "with" them;
 * failing those, the first subject that acts or the first living thing named; and whoever is named beside a hero
 * ("a fox and a rabbit").
 */
final class Heroes {

    private final Parse parse;
    private final Lexicon lexicon;

    Heroes(Parse parse, Lexicon lexicon) {
        this.parse = parse;
        this.lexicon = lexicon;
    }

    List<Mention> find() {
        Set<Mention> heroes = new LinkedHashSet<>();
        if (parse.teller != null) {
            heroes.add(parse.teller);
        }
        addSubjects(heroes);
        addCompanions(heroes);
        if (heroes.isEmpty()) {
            addFirstActingSubject(heroes);
        }
        if (heroes.isEmpty()) {
            addLivingThings(heroes);
        }
        for (Mention hero : List.copyOf(heroes)) {
            addNamedBeside(hero, heroes);
        }
        List<Mention> ordered = new ArrayList<>(heroes);
        ordered.sort(Comparator.comparingInt(mention -> mention.start));
        return ordered;
    }

    private void addSubjects(Set<Mention> heroes) {
        for (Clause clause : parse.clauses) {
            if (clause.owner != null && clause.owner.isAlive()) {
                heroes.add(clause.owner);
                continue;
            }
            for (Mention subject : clause.subject) {
                Mention who = subject.sort == Sort.GROUP && subject.of != null && subject.of.isAlive() ? subject.of : subject;
                if (who.isAlive() && !who.isPronoun() || who.isTheChild()) {
                    heroes.add(who);
                }
            }
        }
    }

    /** "a knight with his horse": who goes with a hero is a hero too. */
    private void addCompanions(Set<Mention> heroes) {
        for (Clause clause : parse.clauses) {
            if (clause.subject.stream().anyMatch(heroes::contains) || clause.subject.stream().anyMatch(s -> s.of != null && heroes.contains(s.of))) {
                for (Mention phrase : clause.phrases) {
                    if (phrase.preposition.equals("with") && phrase.isAlive()) {
                        heroes.add(phrase);
                    }
                }
            }
        }
    }

    private void addFirstActingSubject(Set<Mention> heroes) {
        for (Clause clause : parse.clauses) {
            if (!clause.subject.isEmpty() && !clause.subject.get(0).isPronoun() && acts(clause)) {
                heroes.addAll(clause.subject);
                return;
            }
        }
    }

    /** Every living thing named outside a phrase, or else the first one named anywhere but after "of". */
    private void addLivingThings(Set<Mention> heroes) {
        for (Mention mention : parse.mentions) {
            if (mention.isAlive() && mention.preposition.isEmpty() && !isGoalTarget(mention)) {
                heroes.add(mention);
            }
        }
        if (heroes.isEmpty()) {
            for (Mention mention : parse.mentions) {
                if (mention.isAlive() && !mention.preposition.startsWith("of:") && !isGoalTarget(mention)) {
                    heroes.add(mention);
                    return;
                }
            }
        }
    }

    /** "a fox and a rabbit", "me, my sister and our cat": who is named beside a hero, joined by "and" or commas. */
    private void addNamedBeside(Mention hero, Set<Mention> heroes) {
        int index = parse.mentions.indexOf(hero);
        for (int n = index - 1; n >= 0; n--) {
            Mention before = parse.mentions.get(n);
            String between = parse.sentence.words(before.end, parse.mentions.get(n + 1).start).toLowerCase(Locale.ROOT);
            if (!before.preposition.isEmpty() || !between.matches("and|,|, and") || before.isPronoun() && !before.isTheChild()) {
                break;
            }
            heroes.add(before);
        }
        for (int n = index + 1; n >= 1 && n < parse.mentions.size(); n++) {
            Mention after = parse.mentions.get(n);
            String between = parse.sentence.words(parse.mentions.get(n - 1).end, after.start).toLowerCase(Locale.ROOT);
            if (!between.matches("and|,|, and") || !(after.isTheChild() || after.isAlive() && after.preposition.isEmpty())) {
                break;
            }
            heroes.add(after);
        }
    }

    /** A clause whose subject does something on purpose, not one where something merely happened to it ("stopped"). */
    private boolean acts(Clause clause) {
        List<String> lemmas = clause.lemmas(lexicon);
        boolean feels = clause.adjective != null || clause.verbs.stream().anyMatch(verb -> GoalWords.FEAR.contains(verb.lower()));
        if (clause.setting) {
            return !lemmas.isEmpty() && !lemmas.get(0).equals("be");
        }
        return !lemmas.isEmpty() && !List.of("stop", "break", "disappear", "vanish", "be").contains(lemmas.get(0))
                || clause.verbs.stream().anyMatch(verb -> verb.is("can", "could")) || feels && !clause.setting;
    }

    private boolean isGoalTarget(Mention mention) {
        return parse.clauses.stream().anyMatch(clause -> clause.object == mention);
    }
}
