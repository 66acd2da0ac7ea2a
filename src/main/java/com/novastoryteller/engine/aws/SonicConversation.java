package com.novastoryteller.engine.aws;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import com.novastoryteller.engine.Conversation;
import com.novastoryteller.usage.Payer;
import com.novastoryteller.usage.Provider;
import com.novastoryteller.usage.ProviderUsage;

/**
 * The live storyteller on Nova 2 Sonic ({@code storyteller.providers.conversation=bedrock}). Each of the child's
 * turns is one bidirectional stream, opened with the storyteller's instructions and what was said before, so a turn
 * after Sonic's session limit simply carries on with the history.
 */
@Component
@ConditionalOnProperty(name = "storyteller.providers.conversation", havingValue = "bedrock")
class SonicConversation implements Conversation {

    private static final Logger log = LoggerFactory.getLogger(SonicConversation.class);

    private final AwsConnection connection;
    private final ProviderUsage usage;

    SonicConversation(AwsConnection connection, ProviderUsage usage) {
        this.connection = connection;
        this.usage = usage;
    }

    @Override
    public Turn open(String instructions, List<Line> earlier, Listener listener) {
        String history = earlier.isEmpty() ? "" : "\n\nWhat was said so far in this conversation:\n"
                + earlier.stream().map(line -> (line.byChild() ? "Child: " : "You: ") + line.text())
                        .collect(Collectors.joining("\n"));
        SonicSession session = new SonicSession(connection.sonicClient(), connection.models().sonicModel(),
                instructions + history, connection.models().sonicVoice(), listener);
        Optional<UUID> payer = Payer.current();
        session.done().whenComplete((closed, failure) -> {
            if (failure == null) {
                usage.used(Provider.BEDROCK, "conversation", session.usage(), payer);
                listener.ended(null);
            }
            else {
                usage.failed(Provider.BEDROCK, "conversation");
                log.warn("Nova Sonic's session ended with a failure ({})", failure.getClass().getSimpleName());
                listener.ended("The storyteller could not hear you just now. Please try again.");
            }
        });
        return new Turn() {
            @Override
            public void audio(byte[] pcm) {
                session.audio(pcm);
            }

            @Override
            public void finish() {
                session.finish();
            }
        };
    }
}
