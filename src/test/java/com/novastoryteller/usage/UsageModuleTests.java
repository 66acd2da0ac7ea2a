package com.novastoryteller.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;

/** The usage module alone, on the test database: nothing of the engines, stories or accounts is started. */
@ApplicationModuleTest
@ActiveProfiles("test")
@Import(UsageModuleTests.Ledger.class)
class UsageModuleTests {

    @Autowired
    ProviderUsage usage;

    @Autowired
    List<Spent> ledger;

    @Test
    void aCallIsCountedForItsProviderAndWhatItCostIsAddedToThePayersSpend() {
        UUID family = UUID.randomUUID();
        List<ProviderUsage.Totals> before = usage.totals();

        try (Payer.Scope scope = Payer.bind(family)) {
            usage.used(Provider.OPENAI, "writer", new Usage(1_000_000, 1_000_000, 0, 0, 0));
        }
        usage.failed(Provider.OPENAI, "writer");

        ProviderUsage.Totals openai = totals(usage.totals(), "openai");
        long callsBefore = before.stream().filter(each -> each.provider().equals("openai"))
                .mapToLong(ProviderUsage.Totals::calls).sum();
        assertThat(openai.calls()).isEqualTo(callsBefore + 2);
        assertThat(openai.failures()).isPositive();
        assertThat(openai.estimatedCostTodayUsd()).as("list prices: 0.15 in and 0.60 out per million tokens")
                .isGreaterThanOrEqualTo(0.75);
        assertThat(ledger).containsExactly(new Spent(family, 750_000));
    }

    private static ProviderUsage.Totals totals(List<ProviderUsage.Totals> all, String provider) {
        return all.stream().filter(each -> each.provider().equals(provider)).findFirst().orElseThrow();
    }

    record Spent(UUID account, long costMicros) {
    }

    /** Imported, not scanned: a bench starting the application with the test classes must not find it. */
    static class Ledger {

        private final List<Spent> spent = new ArrayList<>();

        @Bean
        SpendLedger spendLedger() {
            return (account, costMicros) -> spent.add(new Spent(account, costMicros));
        }

        @Bean
        List<Spent> spent() {
            return spent;
        }
    }
}
