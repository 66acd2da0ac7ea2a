package com.novastoryteller.support;

import java.util.UUID;

import com.novastoryteller.account.Accounts;
import com.novastoryteller.account.CurrentUser;
import com.novastoryteller.account.NewAccount;
import com.novastoryteller.account.Role;
import com.novastoryteller.account.UserProfile;

/** Family accounts opened straight through the account module, for tests that start a module rather than the server. */
public final class Families {

    private Families() {
    }

    /** A new family grown-up, signed in, with a username of their own so tests never meet on a shared database. */
    public static CurrentUser open(Accounts accounts, String name) {
        String username = name + UUID.randomUUID().toString().substring(0, 8);
        UserProfile profile = accounts.open(
                new NewAccount(username + "@example.org", username, "a long secret phrase", name, "Family"), Role.USER);
        return new CurrentUser(profile.id(), profile.username(), profile.firstName(), Role.USER);
    }
}
