package com.novastoryteller.account;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What an account may use in a day (UTC), unless the admin gave it limits of its own: how many stories it may
 * start, and how much (estimated, in US dollars) its calls to AI providers may cost. The spend limit matters only
 * where a provider is configured; the embedded engines cost nothing.
 */
@ConfigurationProperties("storyteller.quotas")
public record QuotaProperties(@DefaultValue("50") int storiesPerDay, @DefaultValue("1.00") BigDecimal spendPerDayUsd) {

    long spendPerDayMicros() {
        return Money.micros(spendPerDayUsd);
    }
}
