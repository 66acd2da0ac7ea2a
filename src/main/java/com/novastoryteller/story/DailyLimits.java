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
 * A family's daily limits, over the day in UTC: how many new stories it may start, and how much its calls to AI
 * providers may cost (estimated). Changing, continuing or choosing in a story already made is not a new story,
 * but does use the providers.
 */
@Component
class DailyLimits {

    private final StoryRepository stories;
    private final Accounts accounts;
    private final Clock clock;

    DailyLimits(StoryRepository stories, Accounts accounts, Clock clock) {
        this.stories = stories;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** @throws DailyLimitReached when the account may start no more stories today */
    void checkNewStory(UUID accountId) {
        DailyQuota quota = accounts.dailyQuota(accountId);
        int limit = quota.stories();
        if (stories.countByOwnerIdAndCreatedAtGreaterThanEqual(accountId, today().atStartOfDay(ZoneOffset.UTC).toInstant())
                >= limit) {
            throw new DailyLimitReached("You have made " + limit + (limit == 1 ? " story" : " stories")
                    + " today, as many as this installation allows in a day.", limit, tomorrow());
        }
        checkSpend(accountId, quota);
    }

    /** @throws DailyLimitReached when the account's provider calls have cost as much today as they may */
    void checkSpend(UUID accountId) {
        checkSpend(accountId, accounts.dailyQuota(accountId));
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
