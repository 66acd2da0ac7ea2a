package com.novastoryteller.engine.embedded;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import com.novastoryteller.engine.StoryLength;
import com.novastoryteller.engine.StoryRequest;
import com.novastoryteller.engine.embedded.reading.Goal;
import com.novastoryteller.engine.embedded.reading.Shape;
import com.novastoryteller.engine.embedded.reading.StoryIdea;

/**
 * One story's plan, made from the child's request: the heroes the child named, the place, the goal in the
 * child's words and the plot shape the goal asks for. The template's world adds what the child did not say
 * (the weather, a helper, an obstacle); the shape's phrase book tells the goal happening, and the last part
 * reaches it in the request's own words. Each part is told until it is long enough for the listener's age.
 */
record StoryPlan(StoryRequest request, StoryIdea idea, Goal goal, Cast cast, StoryTeller teller, FactBase.@Nullable Topic topic,
        @Nullable Drawing drawing) {

    /** The stages of a story in the order they are told. */
    enum Stage { BEGINNING, JOURNEY, TROUBLE, HELP, TWIST, ENDING }

    /** What the child asks to change as the story is told, and the choices offered to them. */
    PlanChanges changes() {
        return new PlanChanges(this);
    }

    /** The slots of the plan's phrase book: who, where, what for and whom they meet. */
    StorySlots slots() {
        return new StorySlots(request, idea, goal, cast, teller, topic, drawing);
    }

    /** The same plan told on by another teller. */
    StoryPlan toldBy(StoryTeller next) {
        return new StoryPlan(request, idea, goal, cast, next, topic, drawing);
    }

    static StoryPlan make(StoryRequest request, StoryIdea idea, Goal goal, Cast cast, StoryTeller teller,
            FactBase.@Nullable Topic topic) {
        String description = request.imageDescription();
        Drawing drawing = description == null || description.isBlank() ? null : Drawing.of(description);
        StoryPlan plan = new StoryPlan(request, idea, goal, cast, teller, topic, drawing);
        plan.slots().fill();
        return plan;
    }

    /** Short stories meet the trouble and the help in one part each; longer ones travel first; long ones have one more surprise. */
    List<Stage> stages() {
        return switch (request.length()) {
            case SHORT -> List.of(Stage.BEGINNING, Stage.TROUBLE, Stage.ENDING);
            case MEDIUM -> List.of(Stage.BEGINNING, Stage.JOURNEY, Stage.TROUBLE, Stage.ENDING);
            case LONG -> List.of(Stage.BEGINNING, Stage.JOURNEY, Stage.TROUBLE, Stage.TWIST, Stage.ENDING);
        };
    }

    /** The whole story; an interactive one stops when the trouble has come, and asks the child what to do. */
    void tell() {
        tell(stages());
    }

    void tell(List<Stage> stages) {
        for (Stage stage : stages) {
            tell(stage);
            if (stage == Stage.TROUBLE && request.interactive()) {
                changes().offerChoices();
                return;
            }
        }
    }

    void tell(Stage stage) {
        switch (stage) {
            case BEGINNING -> new StoryBeginning(this).tell();
            case JOURNEY -> journey();
            case TROUBLE -> trouble();
            case HELP -> help();
            case TWIST -> twist();
            case ENDING -> ending();
        }
        if (stage != Stage.ENDING) {
            fill(stage);
        }
    }

    // ---------- the parts ----------

    private void journey() {
        teller.part("part-journey");
        teller.narrate("first-try");
        sayInTurn("say-try");
        keepAtIt();
        teller.narrate("detail");
        if (topic != null) {
            explain(3);
        }
        teller.narrate("progress");
        if (cast.friend() != null) {
            teller.say(teller.slot("friend"), "friend-cheer");
        }
    }

    private void trouble() {
        teller.part("part-trouble");
        if (request.length() == StoryLength.SHORT) {
            teller.narrate("first-try");
            keepAtIt();
        }
        teller.narrate("obstacle-appears");
        teller.narrate("setback");
        sayInTurn("say-setback");
        teller.narrate("doubt");
        changes().surprises();
        if (request.interactive()) {
            return;
        }
        help();
    }

    void help() {
        teller.narrate("helper-arrives");
        if (slots().drawnHelper()) {
            teller.narrateText("{helper} looked just like the {helper-kind} in your drawing.");
        }
        teller.say(teller.slot("helper"), "friend-cheer");
        teller.narrate("idea");
        sayInTurn("say-idea");
        teller.narrate("past-obstacle");
        if (topic != null) {
            explain(3);
        }
        teller.narrate("progress");
    }

    void twist() {
        teller.part("part-twist");
        keepAtIt();
        teller.narrate("setback");
        teller.narrate("doubt");
        teller.narrate("idea");
        if (topic != null) {
            explain(2);
        }
        teller.narrate("progress");
    }

    void ending() {
        teller.part("part-end");
        teller.narrate("nearly");
        teller.narrate("success");
        sayInTurn("say-success");
        if (topic != null) {
            explain(8);
        }
        teller.narrate("after");
        fill(Stage.ENDING);
        if (goal.shape() != Shape.QUESTION) {
            teller.sayText(cast.lead().speaker(), teller.pick(List.of("Who knew {we} could {goal-do}?",
                    "{we} always knew {we} could {goal-do}, deep down.", "Next time, {we} will {goal-do} even faster!")));
        }
        teller.narrate("lesson");
        teller.narrateText(teller.pick(List.of("And that is how ", "So that was how ", "And so that is the story of how "))
                + cast.namedWithKind() + " " + goal.did(StorySlots.language()) + ".");
        teller.narrate("closing");
    }

    /** The goal said again in the middle of the story, in the child's words, so that it is never out of sight. */
    private void keepAtIt() {
        if (goal.shape() != Shape.FACE_FEAR) {
            teller.narrate("keep-at-it");
        }
    }

    /**
     * Sentences of texture until the story so far is as long as its parts so far should be for the listener's age
     * and the story's length: a part that came out short is made up for in the next. The ending keeps room for
     * its last lines.
     */
    private void fill(Stage stage) {
        int stagesSoFar = stages().indexOf(stage) + 1;
        int budget = wordsPerPart() * stagesSoFar - (stage == Stage.ENDING ? 40 : 0);
        int before = 0;
        List<String> rules = switch (stage) {
            case BEGINNING -> List.of("detail", "why", "say-want", "prepare", "detail");
            case JOURNEY -> List.of("detail", "first-try", "say-try", "detail", "prepare", "friend-cheer");
            case TROUBLE -> List.of("detail", "doubt", "say-setback", "idea", "progress", "say-idea", "friend-cheer", "detail");
            case HELP, TWIST -> List.of("detail", "progress", "say-idea", "idea", "friend-cheer", "detail");
            case ENDING -> List.of("detail", "after", "detail");
        };
        for (int round = 0; round < 8 && teller.wordsTold() - before < budget; round++) {
            for (String rule : rules) {
                if (teller.wordsTold() - before >= budget) {
                    return;
                }
                if (rule.startsWith("say-")) {
                    sayInTurn(rule);
                }
                else if (rule.equals("friend-cheer")) {
                    if (stage != Stage.JOURNEY || cast.friend() != null) {
                        teller.say(teller.slot(stage == Stage.JOURNEY ? "friend" : "helper"), rule);
                    }
                }
                else {
                    teller.narrate(rule);
                }
            }
        }
    }

    /**
     * The story's length in words for the listener's age, shared between its parts; a topic's explanation comes on
     * top, with as much story again around it, so that the facts do not take the place of the story.
     */
    private int wordsPerPart() {
        int[] words = switch (request.ageBand()) {
            case AGES_5_7, LEARNER -> new int[] { 290, 450, 670 };
            case AGES_8_10 -> new int[] { 380, 640, 950 };
            case AGES_11_12 -> new int[] { 490, 800, 1160 };
        };
        int explanation = topic == null ? 0 : topic.explanation(request.ageBand()).stream()
                .mapToInt(fact -> fact.split("\\s+").length).sum();
        // twice the explanation's length: the facts are the same whoever tells them, so the story around them is fuller
        return (words[request.length().ordinal()] + 2 * explanation) / stages().size();
    }

    /** The heroes speak in turn: the lead first, then the next, so that two robots are two voices. */
    void sayInTurn(String rule) {
        List<Cast.Hero> heroes = cast.heroes();
        Cast.Hero speaker = heroes.get(teller.nextTurn() % heroes.size());
        teller.say(speaker.speaker(), rule);
    }

    /** The next sentences of the topic's explanation, said by the hero who tells it. */
    void explain(int sentences) {
        List<String> explanation = topic.explanation(request.ageBand());
        int told = 0;
        for (String fact : explanation) {
            if (told >= sentences) {
                return;
            }
            int before = teller.wordsTold();
            teller.sayText(cast.lead().speaker(), fact);
            if (teller.wordsTold() > before) {
                told++;
                teller.narrate(told % 2 == 0 ? "detail" : "fact-wonder");
            }
        }
    }

    static String titleCase(String words) {
        StringBuilder title = new StringBuilder();
        for (String word : words.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            boolean small = !title.isEmpty() && List.of("of", "the", "a", "an", "and", "to", "for", "in", "on", "at", "with",
                    "by", "or").contains(word);
            title.append(title.isEmpty() ? "" : " ")
                    .append(small ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1));
        }
        return title.toString();
    }

    static String clause(String text) {
        return text.strip().replaceAll("[.!?]+$", "");
    }
}
