package com.novastoryteller.engine.embedded;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import com.novastoryteller.engine.StoryCharacter;
import com.novastoryteller.engine.embedded.reading.Being;
import com.novastoryteller.engine.embedded.reading.Phrase;
import com.novastoryteller.engine.embedded.reading.StoryIdea;

/**
 * The first part of a plan's story: when it happened, whose story it is, the heroes and the characters the
 * family chose, what the child drew, and what the heroes want.
 */
record StoryBeginning(StoryPlan plan) {

    void tell() {
        StoryTeller teller = plan.teller();
        Cast cast = plan.cast();
        StoryIdea idea = plan.idea();
        FactBase.@Nullable Topic topic = plan.topic();
        teller.part("part-begin");
        teller.narrate("opening");
        if (!idea.times().isEmpty()) {
            teller.narrateText("It all happened " + idea.times().get(0).withPreposition() + ".");
        }
        teller.narrateText(teller.pick(List.of("This is the story of ", "Here is the story of ", "Listen, and you will hear the story of ",
                "This is the tale of ")) + idea.retold() + ".");
        introduceHeroes();
        drawnWorld();
        for (Phrase thing : idea.things()) {
            teller.narrateText(withCapital(cast.together()) + " " + (cast.pronouns().plural() ? "were" : "was")
                    + " never far from " + thing.definite() + ".");
        }
        for (StoryCharacter character : cast.characters()) {
            teller.narrateText(character.name() + " came along too. " + introduction(character));
            teller.say(character.name(), "character-says");
        }
        teller.narrate("want");
        teller.narrate("why");
        plan.sayInTurn("say-want");
        if (topic != null) {
            plan.explain(2);
        }
        teller.narrate("prepare");
    }

    private void introduceHeroes() {
        StoryTeller teller = plan.teller();
        Cast cast = plan.cast();
        StoryIdea idea = plan.idea();
        String group = idea.heroes().isEmpty() ? null : idea.heroes().get(0).group();
        boolean oneGroup = group != null && idea.heroes().stream().allMatch(hero -> group.equals(hero.group()));
        if (oneGroup) {
            teller.narrateText(cast.together() + " were " + group.replaceFirst("^(the|my|his|her|their) ", "") + ".");
        }
        for (Cast.Hero hero : cast.heroes()) {
            if (!hero.introduction().isEmpty() && !(oneGroup && hero.introduction().endsWith(" " + hero.kind() + "."))) {
                teller.narrateText(hero.introduction());
            }
        }
        if (idea.heroes().isEmpty()) {
            teller.narrateText(cast.lead().introduction());
        }
        for (var other : idea.others()) {
            String called = other.name() != null ? other.name() : other.called().replaceFirst("^the ", "a ");
            teller.narrateText(withCapital(called) + " " + teller.pick(List.of("would be part of this story too.",
                    "was part of this story as well.", "had a part to play as well.")));
        }
    }

    /** What the child drew is part of the tale: its sky and ground, its thing, and a drawn hero as drawn. */
    private void drawnWorld() {
        StoryTeller teller = plan.teller();
        Cast cast = plan.cast();
        @Nullable Drawing drawing = plan.drawing();
        if (drawing == null) {
            return;
        }
        if (drawing.sky() != null && drawing.ground() != null && !drawing.sky().equals(drawing.ground())) {
            teller.narrateText("Above, the sky was " + drawing.sky() + ", and below, the ground was " + drawing.ground()
                    + ", just as in your drawing.");
        }
        else if (drawing.sky() != null) {
            teller.narrateText("The sky was " + drawing.sky() + ", just as in your drawing.");
        }
        if (drawing.thing() != null) {
            teller.narrateText(withCapital(cast.together()) + " " + "had "
                    + drawing.thing().words() + ", the very one in your drawing.");
        }
        Being drawn = drawing.who();
        if (drawn != null && !plan.slots().drawnHelper()) {
            Cast.Hero hero = cast.heroes().stream().filter(h -> drawn.kind() != null && drawn.kind().equals(h.kind())
                    || drawn.name() != null && drawn.name().equals(h.called())).findFirst().orElse(cast.lead());
            teller.narrateText(withCapital(hero.called()) + " looked just like your drawing"
                    + (drawing.kindOfWho() != null && !drawing.kindOfWho().equals(drawn.kind()) ? ": a " + drawing.kindOfWho() : "")
                    + ".");
        }
    }

    /** "Rufus was a little fox with a blue scarf." from "a little fox with a blue scarf"; other words as they are. */
    private static String introduction(StoryCharacter character) {
        String description = character.description().strip();
        return description.matches("(?i)(a|an|the) .*")
                ? sentence(character.name() + " was " + Character.toLowerCase(description.charAt(0)) + description.substring(1))
                : sentence(description);
    }

    private static String sentence(String text) {
        String trimmed = text.strip();
        return trimmed.isEmpty() ? "" : trimmed.matches(".*[.!?]$") ? trimmed : trimmed + ".";
    }

    private static String withCapital(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
