package com.novastoryteller.account;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

/**
 * One module's share of what a family keeps here. Each module that stores something of an account
 * implements it, so the account page can count it, the download can hold it, and deleting the account
 * can erase it, without the account module knowing what a story or a character is.
 */
public interface FamilyData {

    /** What the account page lists, such as "4 stories". */
    List<Count> count(UUID accountId);

    /** Writes this module's part of the account's data into the download. */
    void export(UUID accountId, AccountArchive archive) throws IOException;

    /**
     * Erases all of it, in the transaction that deletes the account; files go once that has committed.
     * Modules are asked in their {@link org.springframework.core.annotation.Order order}, before the account
     * itself is deleted.
     */
    void erase(UUID accountId);

    /** How many of something the account has; {@code what} is a plural noun ("stories"). */
    record Count(String what, long count) {
    }
}
