package com.novastoryteller.engine.provider;

import org.springframework.ai.chat.model.ChatResponse;

import com.novastoryteller.usage.Usage;

/** The tokens a Spring AI chat answer used, as its metadata reports them (a stream reports them at its end). */
public final class ChatUsage {

    private ChatUsage() {
    }

    /** The answer's tokens, or {@code sofar} when this piece of a stream does not report any. */
    public static Usage of(ChatResponse response, Usage sofar) {
        org.springframework.ai.chat.metadata.Usage usage = response.getMetadata().getUsage();
        if (usage == null || usage.getTotalTokens() == null || usage.getTotalTokens() == 0) {
            return sofar;
        }
        return Usage.tokens(orZero(usage.getPromptTokens()), orZero(usage.getCompletionTokens()));
    }

    private static long orZero(Integer tokens) {
        return tokens == null ? 0 : tokens;
    }
}
