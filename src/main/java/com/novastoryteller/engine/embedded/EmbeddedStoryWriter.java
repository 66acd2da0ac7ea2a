package com.novastoryteller.engine.embedded;

import java.util.SplittableRandom;
import java.util.function.Consumer;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import com.novastoryteller.engine.StoryRequest;
import com.novastoryteller.engine.StoryWriter;

/**
 * The offline story writer, a planning generator: from what the prompt names and the template's phrase
 * book it plans a hero, companions, a setting, a goal, an obstacle, a helper, a turning point and a
 * resolution, then tells the plan part by part in words chosen for the listener's age, ending with a
 * gentle moral or a question to the child. Deterministic per seed.
 */
@Component
@ConditionalOnProperty(name = "storyteller.providers.writer", havingValue = "embedded", matchIfMissing = true)
public class EmbeddedStoryWriter implements StoryWriter {

    @Override
    public void write(StoryRequest request, Consumer<String> lines) {
        SplittableRandom random = new SplittableRandom(request.seed() * 31 + request.prompt().hashCode());
        StoryTeller teller = new StoryTeller(Grammar.of(request.template()), request.ageBand(), random, lines);
        PromptReading reading = PromptReading.of(request.prompt());
        Cast cast = Cast.of(reading, request.characters(), teller);
        StoryPlan plan = StoryPlan.make(request, reading, cast, teller);
        teller.title(request.title() != null ? request.title() : teller.phrase("title"));
        plan.tell();
    }
}
