package com.novastoryteller.account;

/** The installation's accounts: all that are not deleted, and those of them that can sign in. */
public record UserCounts(long total, long active) {
}
