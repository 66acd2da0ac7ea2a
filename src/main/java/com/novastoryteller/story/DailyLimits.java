package com.novastoryteller.story;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.novastoryteller.account.Accounts;
import com.novastoryteller.account.DailyQuota;

/**
 * A family's daily limits, over the day in UTC: how many stories may be written for it, and how much its calls
 * to AI providers may cost (estimated). Every writing job counts as a story: a new one, and a rewrite, an
 * interruption, a next part or a choice in a story already made. Edits and restoring a version write nothing.
 */
@Component
class DailyLimits {

    private final Accounts accounts;
    private final Clock clock;

    DailyLimits(Accounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * A quick look before anything is asked of the providers; {@link #startWriting} is what holds the line.
     *
     * @throws DailyLimitReached when the account may start no more stories today
     */
    void checkNewStory(UUID accountId) {
        DailyQuota quota = accounts.dailyQuota(accountId);
        if (accounts.storiesStartedToday(accountId) >= quota.stories()) {
            throw storiesUsedUp(quota.stories());
        }
        checkSpend(accountId, quota);
    }

    /**
     * Counts a writing job for the account. Call it first in the transaction that stores the job, so that the
     * count and the job are kept or undone together.
     *
     * @throws DailyLimitReached when the account may start no more stories today, or has spent its allowance
     */
    void startWriting(UUID accountId) {
        DailyQuota quota = accounts.dailyQuota(accountId);
        if (!accounts.startStory(accountId)) {
            throw storiesUsedUp(quota.stories());
        }
        checkSpend(accountId, quota);
    }

    private DailyLimitReached storiesUsedUp(int limit) {
        return new DailyLimitReached("You have asked for " + limit + (limit == 1 ? " story" : " stories")
                + " today (new ones and changes that are written again), as many as this installation allows in a day.",
                limit, tomorrow());
    }

    private void checkSpend(UUID accountId, DailyQuota quota) {
        long limit = quota.spendMicros();
        if (accounts.spentTodayMicros(accountId) >= limit) {
            throw new DailyLimitReached("Your family's stories have used the AI services for about $"
                    + BigDecimal.valueOf(limit, 6).stripTrailingZeros().toPlainString()
                    + " today, as much as this installation allows in a day.", null, tomorrow());
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    private Instant tomorrow() {
        return today().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
