package com.novastoryteller.usage;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What each provider charges, in US dollars, for the admin's cost estimate ({@code storyteller.usage.prices.*}). The
 * defaults are the published list prices of the default models when this was written; an installation on other
 * models or with other terms sets its own.
 */
@ConfigurationProperties("storyteller.usage")
public record Prices(@DefaultValue Map<String, Price> prices) {

    /** Per million input and output tokens, per million characters spoken, per minute of audio, per image. */
    public record Price(double inputTokens, double outputTokens, double characters, double audioMinute,
            double image) {
    }

    static final Map<String, Price> LIST = Map.of(
            "openai", new Price(0.15, 0.60, 15.0, 0.006, 0.04),
            "bedrock", new Price(0.06, 0.24, 0, 0.0, 0.04),
            "polly", new Price(0, 0, 16.0, 0, 0),
            "ollama", new Price(0, 0, 0, 0, 0));

    /** The estimated cost of {@code usage} with {@code provider}, in millionths of a dollar. */
    long micros(String provider, Usage usage) {
        Price price = prices.getOrDefault(provider, LIST.getOrDefault(provider, new Price(0, 0, 0, 0, 0)));
        double dollars = usage.inputTokens() * price.inputTokens() / 1e6 + usage.outputTokens() * price.outputTokens() / 1e6
                + usage.characters() * price.characters() / 1e6 + usage.audioMs() / 60_000.0 * price.audioMinute()
                + usage.images() * price.image();
        return Math.round(dollars * 1e6);
    }
}
