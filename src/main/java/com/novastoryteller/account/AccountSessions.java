package com.novastoryteller.account;

import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;

/**
 * The web sessions signed in to an account, in the database (Spring Session JDBC) and indexed by the account's id.
 * There are none to end in a one-off command, which serves no web requests and has no session store.
 */
@Component
class AccountSessions {

    private final ObjectProvider<FindByIndexNameSessionRepository<?>> sessions;

    AccountSessions(ObjectProvider<FindByIndexNameSessionRepository<?>> sessions) {
        this.sessions = sessions;
    }

    /** Ends every session of the account, on every node: nothing of it stays in the sessions' tables. */
    void endAll(UUID accountId) {
        sessions.ifAvailable(repository -> repository.findByPrincipalName(accountId.toString()).keySet()
                .forEach(repository::deleteById));
    }
}
