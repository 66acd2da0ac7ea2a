package com.novastoryteller.account;

/** A change the admin may not make, such as deleting or demoting their own account. */
public class AccountChangeRefused extends RuntimeException {

    AccountChangeRefused(String message) {
        super(message);
    }
}
