package com.novastoryteller.engine.embedded;

import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import com.novastoryteller.engine.StoryRequest;
import com.novastoryteller.engine.embedded.reading.Being;
import com.novastoryteller.engine.embedded.reading.Goal;
import com.novastoryteller.engine.embedded.reading.Phrase;
import com.novastoryteller.engine.embedded.reading.Shape;
import com.novastoryteller.engine.embedded.reading.StoryIdea;

/**
 * Fills a story plan's slots before it is told, in a fixed order (the teller's picks are drawn in turn from the
 * story's seed): the heroes' pronouns, the place, the goal in the child's words, and the company they meet.
 */
record StorySlots(StoryRequest request, StoryIdea idea, Goal goal, Cast cast, StoryTeller teller, FactBase.@Nullable Topic topic,
        @Nullable Drawing drawing) {

    void fill() {
        Cast.Pronouns they = cast.pronouns();
        pronouns(they);
        place();
        goalWords();
        inTheirOwnWords(they);
        company();
    }

    /** The heroes as the narrator calls them, and as they call themselves when they speak. */
    private void pronouns(Cast.Pronouns they) {
        Cast.Hero lead = cast.lead();
        teller.slot("heroes", cast.together());
        teller.slot("hero", lead.called());
        teller.slot("they", they.they());
        teller.slot("them", they.them());
        teller.slot("their", they.their());
        teller.slot("themselves", they.themselves());
        teller.slot("he", they.they());
        teller.slot("his", they.their());
        teller.slot("was", they.plural() ? "were" : "was");
        teller.slot("is", they.plural() ? "are" : "is");
        teller.slot("has", they.plural() ? "have" : "has");
        boolean many = cast.heroes().size() > 1 || they.plural() && !lead.isTheChild();
        teller.slot("we", many ? "we" : "I");
        teller.slot("us", many ? "us" : "me");
        teller.slot("our", many ? "our" : "my");
        teller.slot("we-are", many ? "we are" : "I am");
        teller.slot("we're", many ? "we're" : "I'm");
    }

    /** Where the story happens: the child's place, the drawing's, the topic's, or the template's own. */
    private void place() {
        Phrase place = idea.place() != null ? idea.place() : drawing != null ? drawing.place() : null;
        if (place != null) {
            teller.slot("place", place.definite());
            teller.slot("in-place", place.preposition().isEmpty() ? "in " + place.definite() : place.preposition() + " " + place.definite());
        }
        else if (topic != null) {
            teller.slot("place", topic.place());
            teller.slot("in-place", (topic.place().startsWith("the foot") || topic.place().startsWith("a hill") ? "at " : "in ") + topic.place());
        }
        else {
            String[] chosen = teller.phrase("place").split(" ", 2);
            boolean hasPreposition = List.of("in", "on", "at", "by", "near", "beside", "under").contains(chosen[0]);
            teller.slot("place", hasPreposition ? chosen[1] : String.join(" ", chosen));
            teller.slot("in-place", hasPreposition ? String.join(" ", chosen) : "in " + String.join(" ", chosen));
        }
    }

    private void goalWords() {
        teller.slot("goal-to", goal.toDo());
        teller.slot("goal-do", goal.doIt());
        teller.slot("goal-did", goal.did(language()));
        teller.slot("goal-doing", goal.doing(language()));
        if (goal.shape() == Shape.QUESTION && topic != null) {
            // The whole question is asked once at the start and answered in the end; on the way it is the topic.
            teller.slot("goal-to", "to find out about " + topic.about());
            teller.slot("goal-do", "find out about " + topic.about());
            teller.slot("goal-doing", "finding out about " + topic.about());
        }
        String thing = goal.thing() != null ? goal.thing() : topic != null ? topic.see() : "it";
        teller.slot("thing", thing);
        String titled = thing.equals("it") ? (idea.place() != null ? idea.place().head() : goal.verb().equals("find") ? "Mystery" : "Adventure") : thing;
        teller.slot("thing-title", StoryPlan.titleCase(titled.replaceFirst("^(the|a|an|her|his|their|its|my|your|our) ", "")));
    }

    /** The helper (the drawn one when the child drew one), a friend on the way, the obstacle and its culprit. */
    private void company() {
        String helper = helperName(null);
        teller.slot("helper", helper);
        teller.slot("helper-kind", teller.phrase("helper-kind"));
        if (drawnHelper()) {
            Being drawn = drawing.who();
            teller.slot("helper", drawn.name() != null ? drawn.name() : helper);
            teller.slot("helper-kind", drawing.kindOfWho());
        }
        String friend = cast.friend();
        // A solo hero's friend on the way is met before the helper is: someone the story need not introduce.
        teller.slot("friend", friend != null ? friend : teller.pick(List.of("a kind neighbor", "an old friend",
                "a cheerful passer-by", "a helpful neighbor")));
        String obstacle = teller.phrase("obstacle");
        teller.slot("obstacle", obstacle);
        teller.slot("obstacle-title", StoryPlan.titleCase(obstacle.replace(",", "")));
        teller.slot("culprit", teller.pick(List.of("a hungry little mouse", "a cheeky squirrel", "the wind",
                "a sleepy bear cub", "a family of hedgehogs", "a curious goat", "a playful puppy", "a young raccoon",
                "a shy little fox", "a very small dragon")));
    }

    /** What the narrator calls "her sparkle" the hero calls "my sparkle", and a group "our". */
    private void inTheirOwnWords(Cast.Pronouns they) {
        if (they.their().equals("your")) {
            return;
        }
        String own = cast.heroes().size() > 1 || they.plural() ? "our" : "my";
        cast.heroes().forEach(hero -> teller.hero(hero.speaker()));
        Pattern theirs = Pattern.compile("\\b" + they.their() + "\\b");
        for (String name : List.of("thing", "goal-to", "goal-do", "goal-did", "goal-doing")) {
            String value = teller.slot(name);
            if (value != null && theirs.matcher(value).find()) {
                teller.spokenSlot(name, theirs.matcher(value).replaceAll(own));
            }
        }
    }

    /** A helper's name from the phrase book that is no hero's and not {@code taken}. */
    String helperName(@Nullable String taken) {
        String name = teller.phrase("helper-name");
        for (int tries = 0; tries < 8 && (isAHeroName(name) || name.equals(taken)); tries++) {
            name = teller.phrase("helper-name");
        }
        return name;
    }

    private boolean isAHeroName(String name) {
        return cast.heroes().stream().anyMatch(hero -> hero.called().contains(name));
    }

    static com.novastoryteller.engine.embedded.reading.Lexicon language() {
        return com.novastoryteller.engine.embedded.reading.Language.get().lexicon();
    }

    /** Whether the drawing shows someone who is not a hero: they are the one who comes to help. */
    boolean drawnHelper() {
        if (drawing == null || drawing.who() == null || drawing.kindOfWho() == null) {
            return false;
        }
        Being drawn = drawing.who();
        return cast.heroes().stream().noneMatch(hero -> drawn.kind().equals(hero.kind())
                || drawn.name() != null && drawn.name().equals(hero.called()));
    }
}
