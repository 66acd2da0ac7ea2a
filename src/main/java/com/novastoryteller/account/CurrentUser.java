package com.novastoryteller.account;

import java.io.Serializable;
import java.util.UUID;

/**
 * The signed-in account, as every request sees it: the principal of the web session and of an API
 * token alike. Controllers take it with {@code @AuthenticationPrincipal CurrentUser user}.
 */
public record CurrentUser(UUID id, String username, String firstName, Role role) implements Serializable {

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }
}
