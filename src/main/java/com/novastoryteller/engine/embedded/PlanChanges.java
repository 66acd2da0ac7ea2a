package com.novastoryteller.engine.embedded;

import java.util.ArrayList;
import java.util.List;

import com.novastoryteller.engine.AgeBand;
import com.novastoryteller.engine.StoryLength;
import com.novastoryteller.engine.embedded.reading.Being;
import com.novastoryteller.engine.embedded.reading.Wish;

/**
 * The changes the child asks for while a plan is told: an interruption that happens now, wishes that bring
 * newcomers who stay, the next part after the ending, and the choices offered when the trouble has come.
 */
record PlanChanges(StoryPlan plan) {

    /** The child's interruption happens now, in the story's own words, and the heroes take it in. */
    void interruption(String instruction) {
        Wish wish = Wish.read(instruction);
        teller().slot("change", wish.happening());
        teller().narrate("interruption");
        joins(wish);
        teller().say(plan.cast().lead().speaker(), "change-reaction");
        teller().narrate("interruption-after");
    }

    /**
     * Whoever the child's wish brings in stays in the story: the first newcomer is the one who helps from now on,
     * named as the child named them, or given a name when they were not.
     */
    private void joins(Wish wish) {
        for (Being newcomer : wish.newcomers()) {
            boolean known = plan.cast().heroes().stream().anyMatch(hero -> hero.called().equals(newcomer.called())
                    || newcomer.name() != null && hero.called().equals(newcomer.name()));
            if (known || newcomer.kind() == null || newcomer.isPlural()) {
                continue;
            }
            String kind = newcomer.describedKind();
            teller().slot("helper-kind", kind);
            if (newcomer.name() != null) {
                teller().slot("helper", newcomer.name());
            }
            else {
                teller().slot("helper", plan.slots().helperName(teller().slot("helper")));
                teller().narrateText("The " + kind + "'s name was {helper}.");
            }
            teller().say(teller().slot("helper"), "friend-cheer");
            return;
        }
    }

    /** A story already at its end, changed at the last moment, comes to an end again. */
    void endAgain() {
        teller().narrate("success");
        plan.sayInTurn("say-success");
        teller().narrate("lesson");
        teller().narrate("closing");
    }

    /** The next part after the ending: a new day, a new trouble, the same friends. */
    void nextPart(String wish) {
        teller().part("part-next");
        teller().narrate("next-begin");
        if (wish != null && !wish.isBlank()) {
            interruption(wish);
        }
        String obstacle = teller().phrase("obstacle");
        for (int tries = 0; tries < 5 && obstacle.equals(teller().slot("obstacle")); tries++) {
            obstacle = teller().phrase("obstacle");
        }
        teller().slot("obstacle", obstacle);
        teller().slot("obstacle-title", StoryPlan.titleCase(obstacle.replace(",", "")));
        teller().narrate("obstacle-appears");
        teller().narrate("setback");
        plan.sayInTurn("say-setback");
        if (plan.request().interactive()) {
            offerChoices();
            return;
        }
        plan.help();
        teller().narrate("success");
        teller().narrate("after");
        teller().narrate("closing");
    }

    /** The child chose how to go on: it is said, and the story goes on to its end. */
    void chosen(String choice) {
        teller().part("part-help");
        if (startsWithItsDoer(choice)) {
            // the child typed what happens ("they build a bridge"), not what the heroes could do
            teller().narrateText("So " + Wish.read(choice).happening() + ".");
        }
        else {
            teller().slot("choice", StoryPlan.clause(Character.toLowerCase(choice.charAt(0)) + choice.substring(1)));
            teller().narrate("choice-made");
        }
        plan.help();
        if (plan.request().length() == StoryLength.LONG) {
            plan.twist();
        }
        plan.ending();
    }

    /** Asks the listener what the heroes should do, and offers two options to the youngest, three to the others. */
    void offerChoices() {
        List<String> options = new ArrayList<>();
        for (int n = 0; n < 6; n++) {
            String option = StoryPlan.clause(teller().phrase("choice"));
            if (!options.contains(option)) {
                options.add(option);
            }
        }
        int count = plan.request().ageBand() == AgeBand.AGES_5_7 || plan.request().ageBand() == AgeBand.LEARNER ? 2 : 3;
        List<String> offered = options.subList(0, Math.min(count, options.size()));
        String list = offered.size() == 2 ? offered.get(0) + " or " + offered.get(1)
                : String.join(", ", offered.subList(0, offered.size() - 1)) + " or " + offered.get(offered.size() - 1);
        teller().narrateText("What should {heroes} do now? {they} could " + list + ". You choose!");
        offered.forEach(teller()::choice);
    }

    /** The changes the child asked for happen on the way, and whoever they bring stays. */
    void surprises() {
        for (String change : plan.request().modifications()) {
            Wish wish = Wish.read(change);
            teller().slot("change", wish.happening());
            teller().narrate("change");
            joins(wish);
            teller().say(plan.cast().lead().speaker(), "change-reaction");
        }
    }

    private static boolean startsWithItsDoer(String choice) {
        return choice.strip().matches("(?i)^(they|he|she|we|i|you|everyone|everybody)\\b.*");
    }

    private StoryTeller teller() {
        return plan.teller();
    }
}
