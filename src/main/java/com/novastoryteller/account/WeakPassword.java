package com.novastoryteller.account;

import com.novastoryteller.web.InvalidRequest;

/** A password the {@code PasswordPolicy} refuses; a 400 naming the field and saying why. */
public class WeakPassword extends InvalidRequest {

    WeakPassword(String field, String reason) {
        super(field, reason);
    }

    /** Why the password was refused. */
    public String reason() {
        return getMessage();
    }
}
