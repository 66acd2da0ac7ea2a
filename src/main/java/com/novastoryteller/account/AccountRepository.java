package com.novastoryteller.account;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Searches take a LIKE pattern over the lower-cased names; {@code %} matches everyone. */
interface AccountRepository extends ListCrudRepository<Account, UUID> {

    boolean existsByUsernameKey(String usernameKey);

    boolean existsByEmailKey(String emailKey);

    Optional<Account> findByUsernameKey(String usernameKey);

    Optional<Account> findByEmailKey(String emailKey);

    @Query("SELECT username FROM account")
    List<String> allUsernames();

    @Query("""
            SELECT * FROM account
            WHERE (:includeDeleted OR deleted_at IS NULL)
              AND (username_key LIKE :pattern OR email_key LIKE :pattern
                   OR LOWER(first_name) LIKE :pattern OR LOWER(last_name) LIKE :pattern)
            ORDER BY date_joined DESC, id
            LIMIT :limit OFFSET :offset""")
    List<Account> search(String pattern, boolean includeDeleted, int limit, long offset);

    @Query("""
            SELECT COUNT(*) FROM account
            WHERE (:includeDeleted OR deleted_at IS NULL)
              AND (username_key LIKE :pattern OR email_key LIKE :pattern
                   OR LOWER(first_name) LIKE :pattern OR LOWER(last_name) LIKE :pattern)""")
    long countMatching(String pattern, boolean includeDeleted);

    @Query("SELECT COUNT(*) FROM account WHERE deleted_at IS NULL")
    long countExisting();

    @Query("SELECT COUNT(*) FROM account WHERE deleted_at IS NULL AND active = TRUE")
    long countActive();

    @Query("SELECT COUNT(*) FROM account WHERE role = 'ADMIN' AND active = TRUE AND deleted_at IS NULL AND id <> :id")
    long countActiveAdminsOtherThan(UUID id);
}
