package com.novastoryteller.character;

import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.novastoryteller.account.Accounts;

/** Whether a family's library has room for more characters ({@link CharacterLimits}), and adding one only if so. */
@Component
class LibraryRoom {

    private final CharacterRows rows;
    private final CharacterPortraits portraits;
    private final CharacterLimits limits;
    private final Accounts accounts;
    private final TransactionTemplate transactions;

    LibraryRoom(CharacterRows rows, CharacterPortraits portraits, CharacterLimits limits, Accounts accounts,
            PlatformTransactionManager transactionManager) {
        this.rows = rows;
        this.portraits = portraits;
        this.limits = limits;
        this.accounts = accounts;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Refused before anything is saved, so that an import too large for the library leaves it as it was.
     * @throws LibraryFull when the family's library has no room for that many more
     */
    void requireRoomFor(UUID ownerId, long newCharacters) {
        if (newCharacters > 0 && rows.count(ownerId) + newCharacters > limits.charactersPerFamily()) {
            throw new LibraryFull(limits.charactersPerFamily());
        }
    }

    /**
     * Adds a painted character if the library still has room when it is added: a family's additions are made one
     * at a time, so that two requests at once cannot both take the last place. A character refused here has its
     * portrait deleted.
     */
    void insertIfRoom(LibraryCharacter character) {
        try {
            transactions.executeWithoutResult(status -> {
                accounts.holdFamily(character.ownerId());
                requireRoomFor(character.ownerId(), 1);
                rows.insert(character);
            });
        }
        catch (LibraryFull full) {
            portraits.deleteAfterCommit(character);
            throw full;
        }
    }
}
