package com.novastoryteller.engine.aws;

import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import com.novastoryteller.engine.Conversation;
import com.novastoryteller.engine.Transcriber;
import com.novastoryteller.engine.provider.ProviderFailure;
import com.novastoryteller.engine.provider.ProviderGuard;
import com.novastoryteller.engine.provider.Waiting;
import com.novastoryteller.usage.Provider;

/**
 * Hears a child's recording with Nova 2 Sonic: the recording (a WAV file, made 16 kHz mono) goes over the
 * bidirectional stream as the child's turn, and Sonic's transcript of it is the answer. Sonic's spoken reply is not
 * waited for. There is no offline stand-in, so a failure says so.
 */
@Component
@ConditionalOnProperty(name = "storyteller.providers.transcriber", havingValue = "bedrock")
class SonicTranscriber implements Transcriber {

    static final String LISTEN = "You are listening to a child telling a grown-up's storytelling app what story they"
            + " want. Answer in one short, kind sentence.";

    private final AwsConnection connection;
    private final ProviderGuard guard;

    SonicTranscriber(AwsConnection connection) {
        this.connection = connection;
        this.guard = connection.guard(Provider.BEDROCK, "transcriber", "hear the recording");
    }

    /** Sonic takes raw PCM, which a WAV file holds; compressed recordings would need a decoder this product has not. */
    @Override
    public Set<String> formats() {
        return Set.of("wav");
    }

    @Override
    public String transcribe(byte[] audio, String format, String language) {
        byte[] pcm = Pcm.mono16k(audio);
        return guard.call(() -> {
            CompletableFuture<String> heard = new CompletableFuture<>();
            SonicSession session = new SonicSession(connection.sonicClient(), connection.models().sonicModel(), LISTEN,
                    connection.models().sonicVoice(), new Conversation.Listener() {
                        @Override
                        public void heard(String text) {
                            heard.complete(text.strip());
                        }
                    });
            session.done().whenComplete((ended, failed) -> {
                if (failed != null) {
                    heard.completeExceptionally(failed);
                }
                else {
                    heard.complete("");
                }
            });
            session.audio(pcm);
            session.finish();
            return new ProviderGuard.Used<>(Waiting.forAnswer(heard, connection.settings().timeout()), session.usage());
        }, () -> {
            throw new ProviderFailure("Amazon Bedrock could not hear the recording");
        });
    }
}
