package com.novastoryteller.engine.provider;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Waiting for a provider's asynchronous answer, with its failure as it was (not wrapped) and a time limit. */
public final class Waiting {

    private Waiting() {
    }

    public static <T> T forAnswer(CompletableFuture<T> answer, Duration timeout) {
        try {
            return answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
        catch (ExecutionException failed) {
            throw failed.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(failed);
        }
        catch (TimeoutException tooSlow) {
            answer.cancel(true);
            throw new IllegalStateException(tooSlow);
        }
        catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(stopped);
        }
    }
}
