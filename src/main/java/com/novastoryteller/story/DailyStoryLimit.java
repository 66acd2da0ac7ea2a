package com.novastoryteller.story;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.novastoryteller.account.Accounts;

/**
 * The per-account daily limit on new stories, counted over the day in UTC. Changing, continuing or choosing in a
 * story already made does not count.
 */
@Component
class DailyStoryLimit {

    private final StoryRepository stories;
    private final Accounts accounts;
    private final Clock clock;

    DailyStoryLimit(StoryRepository stories, Accounts accounts, Clock clock) {
        this.stories = stories;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** @throws DailyLimitReached when the account may start no more stories today */
    void check(UUID accountId) {
        int limit = accounts.dailyStoryLimit(accountId);
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        Instant dayStart = today.atStartOfDay(ZoneOffset.UTC).toInstant();
        if (stories.countByOwnerIdAndCreatedAtGreaterThanEqual(accountId, dayStart) >= limit) {
            throw new DailyLimitReached(limit, today.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        }
    }
}
