package com.novastoryteller.account.internal;

/** The account module's internal rules, made for unit tests outside this package. */
public final class AccountInternals {

    private AccountInternals() {
    }

    public static PasswordPolicy passwordPolicy() {
        return new PasswordPolicy();
    }
}
