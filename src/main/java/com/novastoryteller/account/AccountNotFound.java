package com.novastoryteller.account;

import java.util.UUID;

/** No such account, or one the caller may not see. */
public class AccountNotFound extends RuntimeException {

    AccountNotFound(UUID id) {
        super("No account with id " + id + ".");
    }
}
