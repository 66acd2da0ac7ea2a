package com.novastoryteller.account;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.novastoryteller.usage.SpendLedger;

/** Each family's provider spend per day (UTC), as the providers' estimated costs add it up. */
@Component
class AccountSpending implements SpendLedger {

    private final JdbcClient jdbc;
    private final Clock clock;

    AccountSpending(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void spent(UUID account, long costMicros) {
        LocalDate today = today();
        for (int attempt = 0; attempt < 3; attempt++) {
            if (jdbc.sql("UPDATE account_spend SET cost_micros = cost_micros + ? WHERE account_id = ? AND spend_day = ?")
                    .params(costMicros, account.toString(), today).update() > 0) {
                return;
            }
            try {
                jdbc.sql("INSERT INTO account_spend (account_id, spend_day, cost_micros) VALUES (?, ?, ?)")
                        .params(account.toString(), today, costMicros).update();
                return;
            }
            catch (DuplicateKeyException anotherCallGotThereFirst) {
                // the row exists now: add to it
            }
        }
    }

    long today(UUID account) {
        return jdbc.sql("SELECT COALESCE(SUM(cost_micros), 0) FROM account_spend WHERE account_id = ? AND spend_day = ?")
                .params(account.toString(), today()).query(Long.class).single();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }
}
