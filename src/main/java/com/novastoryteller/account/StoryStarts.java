package com.novastoryteller.account;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Each account's writing jobs started today (UTC), counted on its own row by one conditional UPDATE: the count
 * goes up only while it is under the limit, and a concurrent start waits on the row lock until this one's
 * transaction ends, then sees its count. The day starts again at 1 when the stored day is not today.
 */
@Component
class StoryStarts {

    private final JdbcClient jdbc;
    private final Clock clock;

    StoryStarts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    boolean claim(UUID account, int limit) {
        if (limit <= 0) {
            return false;
        }
        LocalDate today = today();
        // stories_started is assigned first: MariaDB evaluates SET left to right, so it must still see the old day.
        return jdbc.sql("""
                UPDATE account
                SET stories_started = CASE WHEN stories_day = :today THEN stories_started + 1 ELSE 1 END,
                    stories_day = :today
                WHERE id = :id AND (stories_day IS NULL OR stories_day <> :today OR stories_started < :limit)""")
                .param("today", today).param("id", account.toString()).param("limit", limit)
                .update() == 1;
    }

    int today(UUID account) {
        return jdbc.sql("SELECT CASE WHEN stories_day = ? THEN stories_started ELSE 0 END FROM account WHERE id = ?")
                .params(today(), account.toString()).query(Integer.class).optional().orElse(0);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }
}
