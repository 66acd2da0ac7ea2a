package com.novastoryteller.account;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ApiTokenRepository extends ListCrudRepository<ApiToken, UUID> {

    Optional<ApiToken> findByTokenHash(String tokenHash);

    @Modifying
    @Query("DELETE FROM api_token WHERE token_hash = :tokenHash")
    int deleteByTokenHash(String tokenHash);

    @Modifying
    @Query("DELETE FROM api_token WHERE account_id = :accountId")
    int deleteByAccountId(UUID accountId);

    @Modifying
    @Query("DELETE FROM api_token WHERE account_id = :accountId AND token_hash <> :keptHash")
    int deleteByAccountIdExcept(UUID accountId, String keptHash);
}
