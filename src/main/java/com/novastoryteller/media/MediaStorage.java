package com.novastoryteller.media;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Where media files live, by key ("audio/ab12....mp3"): a local directory ({@code storyteller.media.store=local}, the
 * default) or an S3-compatible bucket ({@code s3}). A file found is served as a {@link Resource} that knows its length,
 * so Range requests read only the part asked for.
 */
public interface MediaStorage {

    /** Lower-case names in folders: the same keys are valid on disk and in a bucket, and none leaves its folder. */
    Pattern KEY = Pattern.compile("[a-z0-9-]+(/[a-z0-9-]+)*\\.[a-z0-9]+");

    static String requireKey(String key) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Not a media key: " + key);
        }
        return key;
    }

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
