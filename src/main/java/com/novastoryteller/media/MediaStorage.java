package com.novastoryteller.media;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.core.io.Resource;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Where media files live, by key ("audio/ab12....mp3"): a local directory now, an S3 bucket later. */
public interface MediaStorage {

    void put(String key, byte[] content);

    Optional<Resource> get(String key);

    boolean exists(String key);

    void delete(String key);

    /** Deletes the files once the current transaction has committed (at once outside a transaction). */
    default void deleteAfterCommit(Collection<String> keys) {
        List<String> files = List.copyOf(keys);
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            files.forEach(this::delete);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                files.forEach(MediaStorage.this::delete);
            }
        });
    }

    /** Deletes a file just stored if the current transaction does not commit, so a refused change leaves nothing. */
    default void deleteUnlessCommitted(String key) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    delete(key);
                }
            }
        });
    }
}
