package com.novastoryteller.admin.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.novastoryteller.account.AccountChanges;
import com.novastoryteller.account.AccountAdministration;
import com.novastoryteller.account.CurrentUser;
import com.novastoryteller.account.UserProfile;
import com.novastoryteller.web.InvalidRequest;
import com.novastoryteller.web.PageParameters;
import com.novastoryteller.web.PagedResults;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/admin/users")
@Tag(name = "Admin")
class AdminUsersApi {

    private final AccountAdministration accounts;

    AdminUsersApi(AccountAdministration accounts) {
        this.accounts = accounts;
    }

    @Operation(summary = "Every account, newest first; q searches names and e-mail")
    @GetMapping
    PagedResults<UserProfile> list(@RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(name = "page_size", defaultValue = "" + PageParameters.DEFAULT_SIZE) int pageSize,
            @RequestParam(name = "include_deleted", defaultValue = "false") boolean includeDeleted) {
        return PagedResults.of(accounts.search(q, includeDeleted, PageParameters.of(page, pageSize)));
    }

    @GetMapping("/{id}")
    UserProfile show(@PathVariable UUID id) {
        return accounts.profile(id);
    }

    @Operation(summary = "Change an account; every field must be given")
    @PutMapping("/{id}")
    UserProfile replace(@PathVariable UUID id, @Valid @RequestBody AccountChanges changes,
            @AuthenticationPrincipal CurrentUser admin) {
        requireAll(changes);
        return accounts.change(id, changes, admin);
    }

    @Operation(summary = "Change some fields of an account")
    @PatchMapping("/{id}")
    UserProfile change(@PathVariable UUID id, @Valid @RequestBody AccountChanges changes,
            @AuthenticationPrincipal CurrentUser admin) {
        return accounts.change(id, changes, admin);
    }

    @Operation(summary = "Soft-delete an account (not your own)")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser admin) {
        accounts.delete(id, admin);
        return ResponseEntity.noContent().build();
    }

    private static void requireAll(AccountChanges changes) {
        Map<String, String> missing = new LinkedHashMap<>();
        Stream.of(entry("email", changes.email()), entry("first_name", changes.firstName()),
                entry("last_name", changes.lastName()), entry("role", changes.role()),
                entry("is_active", changes.isActive()))
            .filter(field -> field.getValue().isEmpty())
            .forEach(field -> missing.put(field.getKey(), "PUT needs every field; use PATCH to change some."));
        if (!missing.isEmpty()) {
            throw new InvalidRequest("Some fields are missing.", missing);
        }
    }

    private static Map.Entry<String, Optional<Object>> entry(String field, @Nullable Object value) {
        return Map.entry(field, Optional.ofNullable(value));
    }
}
