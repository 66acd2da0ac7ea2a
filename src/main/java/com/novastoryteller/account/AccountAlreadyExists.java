package com.novastoryteller.account;

/** A sign-up or change that would give two accounts the same username or e-mail (compared without case). */
public class AccountAlreadyExists extends RuntimeException {

    private final String field;

    AccountAlreadyExists(String field, String message) {
        super(message);
        this.field = field;
    }

    static AccountAlreadyExists username() {
        return new AccountAlreadyExists("username", "This username is already taken.");
    }

    static AccountAlreadyExists email() {
        return new AccountAlreadyExists("email", "An account with this e-mail address already exists.");
    }

    /** The field that clashes: {@code username} or {@code email}. */
    public String field() {
        return field;
    }
}
