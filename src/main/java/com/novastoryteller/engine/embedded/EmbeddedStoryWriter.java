package com.novastoryteller.engine.embedded;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.novastoryteller.Application;
import com.novastoryteller.WarmUps;
import com.novastoryteller.engine.Continuation;
import com.novastoryteller.engine.StoryLine;
import com.novastoryteller.engine.StoryRequest;
import com.novastoryteller.engine.StoryWriter;
import com.novastoryteller.engine.Template;
import com.novastoryteller.engine.embedded.reading.Goal;
import com.novastoryteller.engine.embedded.reading.Language;
import com.novastoryteller.engine.embedded.reading.RequestReader;
import com.novastoryteller.engine.embedded.reading.Shape;
import com.novastoryteller.engine.embedded.reading.StoryIdea;

/**
 * The offline story writer, a planning generator: from what the prompt names and the template's phrase
 * book it plans a hero, companions, a setting, a goal, an obstacle, a helper, a turning point and a
 * resolution, then tells the plan part by part in words chosen for the listener's age, ending with a
 * gentle moral or a question to the child. Deterministic per seed.
 *
 * <p>The rest of a story already begun is told from the same plan (the same seed gives the same hero,
 * friends and places) by a teller that knows what was heard and never says it again.
 */
@Component
@ConditionalOnProperty(name = "storyteller.providers.writer", havingValue = "embedded", matchIfMissing = true)
public class EmbeddedStoryWriter implements StoryWriter {

    /**
     * Loads the language models in the background once the application is up, as the voices are, so that the first
     * story does not wait for them and start-up does not either. A one-off command writes nothing, so it loads none.
     */
    @EventListener
    void warmUp(ApplicationReadyEvent ready) {
        if (Application.runsCommand(ready.getApplicationContext().getEnvironment())) {
            return;
        }
        WarmUps.start("writer-warm-up", Language::warmUp);
    }

    @Override
    public void write(StoryRequest request, Consumer<String> lines) {
        StoryIdea idea = RequestReader.read(request.prompt());
        StoryPlan plan = plan(request, idea, lines);
        Continuation continuation = request.continuation();
        if (continuation == null) {
            plan.teller().title(request.title() != null ? request.title() : StoryPlan.titleCase(plan.teller().phrase("title")));
            plan.tell();
            return;
        }
        StoryPlan rest = toldOn(request, plan, continuation);
        String instruction = instructionOf(continuation);
        switch (continuation.kind()) {
            case INTERRUPT -> interrupt(request, idea, plan, rest, continuation);
            case CONTINUE -> rest.changes().nextPart(instruction);
            case CHOOSE -> rest.changes().chosen(instruction);
        }
    }

    /** The plan told on by a teller that has heard the story so far, and so never says any of it again. */
    private static StoryPlan toldOn(StoryRequest request, StoryPlan plan, Continuation continuation) {
        StoryTeller teller = plan.teller().continuing(new SplittableRandom(
                request.seed() * 31 + request.prompt().hashCode() + 7919L * continuation.storySoFar().size()));
        continuation.storySoFar().stream().flatMap(line -> StoryLine.parse(line).stream())
                .filter(StoryLine::isSpoken).forEach(line -> teller.heard(line.content()));
        StoryPlan rest = plan.toldBy(teller);
        keepWhoeverSpoke(rest, continuation.storySoFar());
        return rest;
    }

    /** The child stopped the story: what they asked for happens now, and the story goes on from the part it had reached. */
    private static void interrupt(StoryRequest request, StoryIdea idea, StoryPlan plan, StoryPlan rest, Continuation continuation) {
        Reached reached = reached(request, idea, continuation.storySoFar());
        String instruction = instructionOf(continuation);
        if (!instruction.isBlank()) {
            rest.changes().interruption(instruction);
        }
        List<StoryPlan.Stage> stages = plan.stages();
        if (reached.stage() == StoryPlan.Stage.ENDING) {
            rest.changes().endAgain();
        }
        else if (reached.early() && reached.stage() != StoryPlan.Stage.BEGINNING) {
            // most of this part was still to come: it goes on (under the heading already heard), then the rest
            rest.teller().withoutNextHeading();
            rest.tell(stages.subList(stages.indexOf(reached.stage()), stages.size()));
        }
        else if (reached.stage() == StoryPlan.Stage.TROUBLE && request.interactive() && continuation.path().isEmpty()) {
            rest.changes().offerChoices();
        }
        else {
            rest.tell(stages.subList(stages.indexOf(reached.stage()) + 1, stages.size()));
        }
    }

    private static String instructionOf(Continuation continuation) {
        return continuation.instruction() == null ? "" : continuation.instruction();
    }

    /**
     * Someone who already spoke in the story and is neither a hero nor a chosen character (the helper a provider's
     * story brought in before it stopped, say) stays the story's helper, so that the rest keeps its cast.
     */
    private static void keepWhoeverSpoke(StoryPlan rest, List<String> storySoFar) {
        Set<String> known = new HashSet<>(List.of("NARRATOR", "YOU", rest.teller().slot("helper").toUpperCase(Locale.ROOT)));
        rest.cast().heroes().forEach(hero -> known.add(hero.speaker()));
        rest.cast().characters().forEach(character -> known.add(character.name().toUpperCase(Locale.ROOT)));
        storySoFar.stream().flatMap(line -> StoryLine.parse(line).stream()).filter(StoryLine::isSpoken)
                .map(StoryLine::label).filter(label -> !known.contains(label)).findFirst()
                .ifPresent(speaker -> rest.teller().slot("helper", StoryPlan.titleCase(speaker.toLowerCase(Locale.ROOT))));
    }

    private static StoryPlan plan(StoryRequest request, StoryIdea idea, Consumer<String> lines) {
        SplittableRandom random = new SplittableRandom(request.seed() * 31 + request.prompt().hashCode());
        FactBase.Topic topic = request.template() == Template.EDUCATIONAL || idea.goal() != null
                && idea.goal().shape() == Shape.QUESTION ? FactBase.about(Words.of(request.prompt())) : null;
        Goal goal = Goals.orDefault(idea, request.template(), topic);
        Shape shape = goal.shape() == Shape.QUESTION ? Shape.EXPLORE : goal.shape();
        StoryTeller teller = new StoryTeller(Grammar.of(request.template(), shape.id()), request.ageBand(), random, lines);
        Cast cast = Cast.of(idea, request.characters(), request.template(), teller);
        return StoryPlan.make(request, idea, goal, cast, teller, topic);
    }

    /** The part the story had reached, and whether less than half of that part had been told. */
    private record Reached(StoryPlan.Stage stage, boolean early) {
    }

    /**
     * How far the story had got: the whole story is told again, silently, from the same plan, and the
     * last sentence heard is looked up in it. Sentences it cannot find (from an earlier change) are skipped.
     */
    private static Reached reached(StoryRequest request, StoryIdea idea, List<String> storySoFar) {
        StoryRequest whole = new StoryRequest(request.prompt(), request.template(), request.ageBand(), request.length(),
                request.language(), request.characters(), request.imageDescription(), request.modifications(),
                request.title(), request.seed());
        List<String> told = new ArrayList<>();
        List<StoryPlan.Stage> stageOf = new ArrayList<>();
        StoryPlan.Stage[] telling = { StoryPlan.Stage.BEGINNING };
        StoryPlan silent = plan(whole, idea, line -> {
            told.add(line);
            stageOf.add(telling[0]);
        });
        silent.teller().title("");
        for (StoryPlan.Stage stage : silent.stages()) {
            telling[0] = stage;
            silent.tell(stage);
        }
        StoryPlan.Stage reached = StoryPlan.Stage.BEGINNING;
        int at = -1;
        for (String heard : storySoFar) {
            String content = StoryLine.parse(heard).filter(StoryLine::isSpoken).map(StoryLine::content).orElse(null);
            if (content == null) {
                continue;
            }
            String words = content.replaceAll("^\"|\"$", "");
            for (int n = 0; n < told.size(); n++) {
                if (told.get(n).contains(words)) {
                    reached = stageOf.get(n);
                    at = n;
                    break;
                }
            }
        }
        StoryPlan.Stage stage = reached;
        int first = stageOf.indexOf(stage);
        int size = (int) stageOf.stream().filter(stage::equals).count();
        return new Reached(stage, at - first < size / 2);
    }
}
