package com.novastoryteller.usage;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts what each provider was asked to do, per day: calls, failures, tokens, characters, audio and images, with
 * an estimated cost ({@link Prices}). Only counts are kept, never what was said. Every call and failure is also a
 * metric ({@code storyteller.provider.calls}, tagged by provider, capability and outcome).
 */
@Component
public class ProviderUsage {

    private final JdbcClient jdbc;
    private final Prices prices;
    private final MeterRegistry meters;
    private final Clock clock;
    private final ObjectProvider<SpendLedger> ledger;

    ProviderUsage(JdbcClient jdbc, Prices prices, MeterRegistry meters, Clock clock, ObjectProvider<SpendLedger> ledger) {
        this.ledger = ledger;
        this.jdbc = jdbc;
        this.prices = prices;
        this.meters = meters;
        this.clock = clock;
    }

    /** One successful call and what it used, for the account bound to this thread (see {@link Payer}), if any. */
    public void used(Provider provider, String capability, Usage usage) {
        used(provider, capability, usage, Payer.current());
    }

    /** As {@link #used(Provider, String, Usage)}, for a call that ends on another thread than it began. */
    public void used(Provider provider, String capability, Usage usage, Optional<UUID> payer) {
        meters.counter("storyteller.provider.calls", "provider", provider.id(), "capability", capability,
                "outcome", "success").increment();
        long cost = add(provider, capability, 1, 0, usage);
        if (cost > 0) {
            payer.ifPresent(account -> ledger.ifAvailable(each -> each.spent(account, cost)));
        }
    }

    /** One call that failed for good (after its retries). */
    public void failed(Provider provider, String capability) {
        meters.counter("storyteller.provider.calls", "provider", provider.id(), "capability", capability,
                "outcome", "failure").increment();
        add(provider, capability, 1, 1, Usage.NONE);
    }

    /** Each provider's totals since the installation began, and for today. */
    public List<Totals> totals() {
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql("""
                SELECT provider, SUM(calls) AS calls, SUM(failures) AS failures, SUM(input_tokens) AS input_tokens,
                       SUM(output_tokens) AS output_tokens, SUM(characters) AS characters, SUM(audio_ms) AS audio_ms,
                       SUM(images) AS images, SUM(cost_micros) AS cost_micros,
                       SUM(CASE WHEN usage_day = :today THEN cost_micros ELSE 0 END) AS cost_today_micros
                FROM provider_usage GROUP BY provider ORDER BY provider""")
                .param("today", today)
                .query((row, n) -> new Totals(row.getString("provider"), row.getLong("calls"), row.getLong("failures"),
                        new Usage(row.getLong("input_tokens"), row.getLong("output_tokens"), row.getLong("characters"),
                                row.getLong("audio_ms"), row.getLong("images")),
                        row.getLong("cost_micros") / 1e6, row.getLong("cost_today_micros") / 1e6))
                .list();
    }

    /** A provider's figures: calls, failures, what was used, and the estimated cost in US dollars. */
    public record Totals(String provider, long calls, long failures, Usage usage, double estimatedCostUsd,
            double estimatedCostTodayUsd) {
    }

    /** Adds the call to the day's figures and answers its estimated cost. */
    private long add(Provider provider, String capability, int calls, int failures, Usage usage) {
        LocalDate day = LocalDate.now(clock);
        long cost = prices.micros(provider.id(), usage);
        for (int attempt = 0; attempt < 3; attempt++) {
            int changed = jdbc.sql("""
                    UPDATE provider_usage SET calls = calls + :calls, failures = failures + :failures,
                        input_tokens = input_tokens + :input, output_tokens = output_tokens + :output,
                        characters = characters + :characters, audio_ms = audio_ms + :audio, images = images + :images,
                        cost_micros = cost_micros + :cost
                    WHERE usage_day = :day AND provider = :provider AND capability = :capability""")
                    .params(parameters(day, provider, capability, calls, failures, usage, cost)).update();
            if (changed > 0) {
                return cost;
            }
            try {
                jdbc.sql("""
                        INSERT INTO provider_usage (usage_day, provider, capability, calls, failures, input_tokens,
                            output_tokens, characters, audio_ms, images, cost_micros)
                        VALUES (:day, :provider, :capability, :calls, :failures, :input, :output, :characters, :audio,
                            :images, :cost)""")
                        .params(parameters(day, provider, capability, calls, failures, usage, cost)).update();
                return cost;
            }
            catch (DuplicateKeyException anotherCallGotThereFirst) {
                // the row exists now: add to it
            }
        }
        return cost;
    }

    private static Map<String, Object> parameters(LocalDate day, Provider provider, String capability, int calls,
            int failures, Usage usage, long cost) {
        return Map.ofEntries(Map.entry("day", day), Map.entry("provider", provider.id()),
                Map.entry("capability", capability), Map.entry("calls", calls), Map.entry("failures", failures),
                Map.entry("input", usage.inputTokens()), Map.entry("output", usage.outputTokens()),
                Map.entry("characters", usage.characters()), Map.entry("audio", usage.audioMs()),
                Map.entry("images", usage.images()), Map.entry("cost", cost));
    }
}
