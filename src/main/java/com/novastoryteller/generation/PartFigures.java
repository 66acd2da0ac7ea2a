package com.novastoryteller.generation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.novastoryteller.engine.Scene.Figure;
import com.novastoryteller.engine.embedded.reading.Being;
import com.novastoryteller.engine.embedded.reading.Language;
import com.novastoryteller.engine.embedded.reading.Lexicon;
import com.novastoryteller.engine.embedded.reading.Nouns;
import com.novastoryteller.engine.embedded.reading.Phrase;
import com.novastoryteller.engine.embedded.reading.StoryIdea;

/**
 * Who is in a part's picture: the child's heroes, then whoever the story introduced and the part names, the child's
 * unnamed others and the one the goal is about when the part has them, and one creature the part brings in.
 */
final class PartFigures {

    /** What a creature a part brings in descends from, in WordNet: a feather or a hide is of an animal, not one. */
    private static final Set<String> CREATURES = Set.of("animal", "imaginary being", "mythical being", "robot", "automaton");

    private final StoryIdea idea;
    private final Set<String> mentioned;
    private final List<Figure> figures = new ArrayList<>();
    private final Set<String> kindsShown = new HashSet<>();

    private PartFigures(StoryIdea idea, Set<String> mentioned) {
        this.idea = idea;
        this.mentioned = mentioned;
    }

    /** The figures in the order they are drawn, the acting hero first; {@code mentioned} holds the part's nouns' lemmas. */
    static List<Figure> of(StoryIdea idea, String part, List<Nouns.Noun> nouns, Set<String> mentioned, String storySoFar,
            List<Figure> chosen) {
        PartFigures shown = new PartFigures(idea, mentioned);
        shown.heroesAndNamed(part, storySoFar, chosen);
        shown.othersWithoutNames();
        shown.theGoalsOne();
        shown.aCreatureIn(nouns);
        return shown.figures;
    }

    private void heroesAndNamed(String part, String storySoFar, List<Figure> chosen) {
        List<Figure> heroes = new ArrayList<>();
        idea.heroes().forEach(hero -> heroes.addAll(heroFigures(hero)));
        Set<String> heroNames = new HashSet<>();
        heroes.forEach(hero -> heroNames.add(hero.name()));
        Map<String, Figure> everyone = everyone(heroes, storySoFar, chosen);
        everyone.values().stream().filter(figure -> heroNames.contains(figure.name())).forEach(figures::add);
        if (figures.isEmpty()) {
            everyone.values().stream().findFirst().ifPresent(figures::add);
        }
        figures.forEach(figure -> kindsShown.add(figure.kind()));
        everyone.values().stream()
                .filter(member -> !figures.contains(member) && part.contains(member.name()))
                .sorted((a, b) -> Integer.compare(part.indexOf(a.name()), part.indexOf(b.name())))
                .forEach(member -> {
                    figures.add(member);
                    kindsShown.add(member.kind());
                });
    }

    /** Everyone by name: the heroes, whom the story introduced, the family's own characters, the child's named others. */
    private Map<String, Figure> everyone(List<Figure> heroes, String storySoFar, List<Figure> chosen) {
        Map<String, Figure> everyone = new LinkedHashMap<>();
        heroes.forEach(figure -> everyone.put(figure.name(), figure));
        SceneReader.cast(storySoFar).forEach((name, kind) -> {
            boolean partOfAHeroName = everyone.keySet().stream().anyMatch(hero -> hero.endsWith(" " + name));
            if (!partOfAHeroName && !isAdverb(name)) {
                everyone.putIfAbsent(name, new Figure(name, kind));
            }
        });
        chosen.forEach(figure -> everyone.put(figure.name(), figure));
        idea.others().stream().filter(other -> other.name() != null && other.kind() != null)
                .forEach(other -> everyone.putIfAbsent(other.name(), new Figure(other.name(), other.kind(), null, 0,
                        other.describedKind())));
        return everyone;
    }

    /** Someone else the child named without a name ("her grandmother"), when the part has them in it. */
    private void othersWithoutNames() {
        idea.others().stream().filter(other -> other.name() == null && other.kind() != null
                && mentioned.contains(other.kind().toLowerCase(Locale.ROOT)) && kindsShown.add(other.kind()))
                .forEach(other -> figures.add(new Figure(other.called(), other.kind(), null, 0, other.describedKind())));
    }

    /** Someone the goal is about ("to find her father", "rescues a kitten"), when the part has them in it. */
    private void theGoalsOne() {
        Phrase goalObject = SceneReader.goalObject(idea);
        if (goalObject != null && Language.get().lexicon().sortOf(goalObject.head()).isAlive()
                && mentioned.contains(goalObject.head().toLowerCase(Locale.ROOT)) && kindsShown.add(goalObject.head())) {
            figures.add(new Figure(goalObject.definite(), goalObject.head().toLowerCase(Locale.ROOT)));
        }
    }

    /** One creature the part brings in without a name (a parrot, a goat) joins them. */
    private void aCreatureIn(List<Nouns.Noun> nouns) {
        nouns.stream().filter(noun -> !noun.name() && isCreature(noun) && !kindsShown.contains(noun.lemma())).findFirst()
                .ifPresent(noun -> figures.add(new Figure("the " + noun.lemma(), noun.lemma())));
    }

    /** A hero as the figures that draw them: one, or each of a group the child did not name one by one. */
    private static List<Figure> heroFigures(Being hero) {
        String kind = hero.kind() == null ? "child" : hero.kind();
        if (hero.name() != null || hero.count() == 1) {
            return List.of(new Figure(hero.name() != null ? hero.name() : hero.called(), kind, null, 0, hero.describedKind()));
        }
        List<Figure> group = new ArrayList<>();
        for (int n = 1; n <= Math.max(2, Math.min(hero.count(), 4)); n++) {
            group.add(new Figure(hero.called() + " " + n, kind, null, 0, hero.describedKind()));
        }
        return group;
    }

    private static boolean isCreature(Nouns.Noun noun) {
        Lexicon.Sort sort = noun.sort();
        return (sort == Lexicon.Sort.ANIMAL || sort == Lexicon.Sort.CREATURE || sort == Lexicon.Sort.MACHINE)
                && Language.get().lexicon().isA(noun.lemma(), CREATURES) && !SceneReader.NOT_DRAWN.contains(noun.lemma());
    }

    /** "Overhead, a bird sang" introduces no one called Overhead. */
    private static boolean isAdverb(String name) {
        return Language.get().lexicon().isAdverb(name);
    }
}
