package com.novastoryteller.account;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Holds an account's row until the surrounding transaction ends: a second transaction that asks for the same row
 * waits until then. {@code SELECT … FOR UPDATE} does this on H2, PostgreSQL and MariaDB alike.
 */
@Component
class AccountRowLock {

    private final JdbcClient jdbc;

    AccountRowLock(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void hold(UUID account) {
        jdbc.sql("SELECT id FROM account WHERE id = ? FOR UPDATE").param(account.toString()).query(String.class).optional();
    }
}
