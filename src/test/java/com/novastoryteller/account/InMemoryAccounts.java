package com.novastoryteller.account;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The accounts table as a map: what {@link Accounts} keeps and looks up, without a database. */
class InMemoryAccounts implements AccountRepository {

    final Map<UUID, Account> rows = new LinkedHashMap<>();

    @Override
    public boolean existsByUsernameKey(String usernameKey) {
        return findByUsernameKey(usernameKey).isPresent();
    }

    @Override
    public boolean existsByEmailKey(String emailKey) {
        return findByEmailKey(emailKey).isPresent();
    }

    @Override
    public Optional<Account> findByUsernameKey(String usernameKey) {
        return rows.values().stream().filter(account -> account.usernameKey().equals(usernameKey)).findFirst();
    }

    @Override
    public Optional<Account> findByEmailKey(String emailKey) {
        return rows.values().stream().filter(account -> account.emailKey().equals(emailKey)).findFirst();
    }

    @Override
    public List<String> allUsernames() {
        return rows.values().stream().map(Account::username).toList();
    }

    @Override
    public List<Account> search(String pattern, boolean includeDeleted, int limit, long offset) {
        throw new UnsupportedOperationException("a query of the database's");
    }

    @Override
    public long countMatching(String pattern, boolean includeDeleted) {
        throw new UnsupportedOperationException("a query of the database's");
    }

    @Override
    public long countExisting() {
        return rows.values().stream().filter(account -> !account.isDeleted()).count();
    }

    @Override
    public long countActive() {
        return rows.values().stream().filter(account -> !account.isDeleted() && account.canSignIn()).count();
    }

    @Override
    public long countActiveAdminsOtherThan(UUID id) {
        return rows.values().stream().filter(account -> !account.id().equals(id) && account.canSignIn()
                && account.profile().role() == Role.ADMIN).count();
    }

    @Override
    public <S extends Account> S save(S account) {
        rows.put(account.id(), account);
        return account;
    }

    @Override
    public <S extends Account> List<S> saveAll(Iterable<S> accounts) {
        List<S> saved = new ArrayList<>();
        accounts.forEach(account -> saved.add(save(account)));
        return saved;
    }

    @Override
    public Optional<Account> findById(UUID id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public boolean existsById(UUID id) {
        return rows.containsKey(id);
    }

    @Override
    public List<Account> findAll() {
        return List.copyOf(rows.values());
    }

    @Override
    public List<Account> findAllById(Iterable<UUID> ids) {
        List<Account> found = new ArrayList<>();
        ids.forEach(id -> findById(id).ifPresent(found::add));
        return found;
    }

    @Override
    public long count() {
        return rows.size();
    }

    @Override
    public void deleteById(UUID id) {
        rows.remove(id);
    }

    @Override
    public void delete(Account account) {
        rows.remove(account.id());
    }

    @Override
    public void deleteAllById(Iterable<? extends UUID> ids) {
        ids.forEach(rows::remove);
    }

    @Override
    public void deleteAll(Iterable<? extends Account> accounts) {
        accounts.forEach(this::delete);
    }

    @Override
    public void deleteAll() {
        rows.clear();
    }
}
