package com.novastoryteller.engine.embedded;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import com.novastoryteller.engine.AgeBand;
import com.novastoryteller.engine.StoryCharacter;
import com.novastoryteller.engine.StoryLength;
import com.novastoryteller.engine.StoryRequest;
import com.novastoryteller.engine.embedded.reading.Being;
import com.novastoryteller.engine.embedded.reading.Goal;
import com.novastoryteller.engine.embedded.reading.Phrase;
import com.novastoryteller.engine.embedded.reading.Shape;
import com.novastoryteller.engine.embedded.reading.StoryIdea;
import com.novastoryteller.engine.embedded.reading.Wish;

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

    /** The same plan told on by another teller. */
    StoryPlan toldBy(StoryTeller next) {
        return new StoryPlan(request, idea, goal, cast, next, topic, drawing);
    }

    static StoryPlan make(StoryRequest request, StoryIdea idea, Goal goal, Cast cast, StoryTeller teller,
            FactBase.@Nullable Topic topic) {
        String description = request.imageDescription();
        Drawing drawing = description == null || description.isBlank() ? null : Drawing.of(description);
        StoryPlan plan = new StoryPlan(request, idea, goal, cast, teller, topic, drawing);
        plan.fillSlots();
        return plan;
    }

    private void fillSlots() {
        Cast.Hero lead = cast.lead();
        Cast.Pronouns they = cast.pronouns();
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
        teller.slot("thing-title", titleCase(titled.replaceFirst("^(the|a|an|her|his|their|its|my|your|our) ", "")));
        inTheirOwnWords(they);
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
        teller.slot("obstacle-title", titleCase(obstacle.replace(",", "")));
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
    private String helperName(@Nullable String taken) {
        String name = teller.phrase("helper-name");
        for (int tries = 0; tries < 8 && (isAHeroName(name) || name.equals(taken)); tries++) {
            name = teller.phrase("helper-name");
        }
        return name;
    }

    private boolean isAHeroName(String name) {
        return cast.heroes().stream().anyMatch(hero -> hero.called().contains(name));
    }

    private static com.novastoryteller.engine.embedded.reading.Lexicon language() {
        return com.novastoryteller.engine.embedded.reading.Language.get().lexicon();
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
                offerChoices();
                return;
            }
        }
    }

    void tell(Stage stage) {
        switch (stage) {
            case BEGINNING -> beginning();
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

    private void beginning() {
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
        sayInTurn("say-want");
        if (topic != null) {
            explain(2);
        }
        teller.narrate("prepare");
    }

    private void introduceHeroes() {
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
        if (drawn != null && !drawnHelper()) {
            Cast.Hero hero = cast.heroes().stream().filter(h -> drawn.kind() != null && drawn.kind().equals(h.kind())
                    || drawn.name() != null && drawn.name().equals(h.called())).findFirst().orElse(cast.lead());
            teller.narrateText(withCapital(hero.called()) + " looked just like your drawing"
                    + (drawing.kindOfWho() != null && !drawing.kindOfWho().equals(drawn.kind()) ? ": a " + drawing.kindOfWho() : "")
                    + ".");
        }
    }

    /** Whether the drawing shows someone who is not a hero: they are the one who comes to help. */
    private boolean drawnHelper() {
        if (drawing == null || drawing.who() == null || drawing.kindOfWho() == null) {
            return false;
        }
        Being drawn = drawing.who();
        return cast.heroes().stream().noneMatch(hero -> drawn.kind().equals(hero.kind())
                || drawn.name() != null && drawn.name().equals(hero.called()));
    }

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
        surprises();
        if (request.interactive()) {
            return;
        }
        help();
    }

    private void help() {
        teller.narrate("helper-arrives");
        if (drawnHelper()) {
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

    private void twist() {
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

    private void ending() {
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
                + cast.namedWithKind() + " " + goal.did(language()) + ".");
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
    private void sayInTurn(String rule) {
        List<Cast.Hero> heroes = cast.heroes();
        Cast.Hero speaker = heroes.get(teller.nextTurn() % heroes.size());
        teller.say(speaker.speaker(), rule);
    }

    /** The next sentences of the topic's explanation, said by the hero who tells it. */
    private void explain(int sentences) {
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

    // ---------- changes the child asks for ----------

    /** The child's interruption happens now, in the story's own words, and the heroes take it in. */
    void interruption(String instruction) {
        Wish wish = Wish.read(instruction);
        teller.slot("change", wish.happening());
        teller.narrate("interruption");
        joins(wish);
        teller.say(cast.lead().speaker(), "change-reaction");
        teller.narrate("interruption-after");
    }

    /**
     * Whoever the child's wish brings in stays in the story: the first newcomer is the one who helps from now on,
     * named as the child named them, or given a name when they were not.
     */
    private void joins(Wish wish) {
        for (Being newcomer : wish.newcomers()) {
            boolean known = cast.heroes().stream().anyMatch(hero -> hero.called().equals(newcomer.called())
                    || newcomer.name() != null && hero.called().equals(newcomer.name()));
            if (known || newcomer.kind() == null || newcomer.isPlural()) {
                continue;
            }
            String kind = newcomer.describedKind();
            teller.slot("helper-kind", kind);
            if (newcomer.name() != null) {
                teller.slot("helper", newcomer.name());
            }
            else {
                teller.slot("helper", helperName(teller.slot("helper")));
                teller.narrateText("The " + kind + "'s name was {helper}.");
            }
            teller.say(teller.slot("helper"), "friend-cheer");
            return;
        }
    }

    /** A story already at its end, changed at the last moment, comes to an end again. */
    void endAgain() {
        teller.narrate("success");
        sayInTurn("say-success");
        teller.narrate("lesson");
        teller.narrate("closing");
    }

    /** The next part after the ending: a new day, a new trouble, the same friends. */
    void nextPart(String wish) {
        teller.part("part-next");
        teller.narrate("next-begin");
        if (wish != null && !wish.isBlank()) {
            interruption(wish);
        }
        String obstacle = teller.phrase("obstacle");
        for (int tries = 0; tries < 5 && obstacle.equals(teller.slot("obstacle")); tries++) {
            obstacle = teller.phrase("obstacle");
        }
        teller.slot("obstacle", obstacle);
        teller.slot("obstacle-title", titleCase(obstacle.replace(",", "")));
        teller.narrate("obstacle-appears");
        teller.narrate("setback");
        sayInTurn("say-setback");
        if (request.interactive()) {
            offerChoices();
            return;
        }
        help();
        teller.narrate("success");
        teller.narrate("after");
        teller.narrate("closing");
    }

    /** The child chose how to go on: it is said, and the story goes on to its end. */
    void chosen(String choice) {
        teller.part("part-help");
        if (startsWithItsDoer(choice)) {
            // the child typed what happens ("they build a bridge"), not what the heroes could do
            teller.narrateText("So " + Wish.read(choice).happening() + ".");
        }
        else {
            teller.slot("choice", clause(Character.toLowerCase(choice.charAt(0)) + choice.substring(1)));
            teller.narrate("choice-made");
        }
        help();
        if (request.length() == StoryLength.LONG) {
            twist();
        }
        ending();
    }

    /** Asks the listener what the heroes should do, and offers two options to the youngest, three to the others. */
    void offerChoices() {
        List<String> options = new ArrayList<>();
        for (int n = 0; n < 6; n++) {
            String option = clause(teller.phrase("choice"));
            if (!options.contains(option)) {
                options.add(option);
            }
        }
        int count = request.ageBand() == AgeBand.AGES_5_7 || request.ageBand() == AgeBand.LEARNER ? 2 : 3;
        List<String> offered = options.subList(0, Math.min(count, options.size()));
        String list = offered.size() == 2 ? offered.get(0) + " or " + offered.get(1)
                : String.join(", ", offered.subList(0, offered.size() - 1)) + " or " + offered.get(offered.size() - 1);
        teller.narrateText("What should {heroes} do now? {they} could " + list + ". You choose!");
        offered.forEach(teller::choice);
    }

    /** The changes the child asked for happen on the way, and whoever they bring stays. */
    private void surprises() {
        for (String change : request.modifications()) {
            Wish wish = Wish.read(change);
            teller.slot("change", wish.happening());
            teller.narrate("change");
            joins(wish);
            teller.say(cast.lead().speaker(), "change-reaction");
        }
    }

    private static boolean startsWithItsDoer(String choice) {
        return choice.strip().matches("(?i)^(they|he|she|we|i|you|everyone|everybody)\\b.*");
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

    private static String withCapital(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
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

    private static String clause(String text) {
        return text.strip().replaceAll("[.!?]+$", "");
    }
}
