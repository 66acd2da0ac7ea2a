package com.novastoryteller.account;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Which password a browser session was signed in with: a digest of the account's password hash, kept in the
 * session's sign-in. Once the password changes, the account's stamp no longer matches, and every session still
 * carrying the old one is signed out on its next request (see {@code SessionAccountCheck}), on whichever node it
 * comes to, without the sessions themselves being read or rewritten.
 */
public record PasswordStamp(String digest) implements Serializable {

    static PasswordStamp of(String passwordHash) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(passwordHash.getBytes(StandardCharsets.UTF_8));
            return new PasswordStamp(HexFormat.of().formatHex(digest, 0, 16));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A session's sign-in of the user, carrying this stamp as its details. */
    public Authentication signIn(CurrentUser user) {
        var signedIn = UsernamePasswordAuthenticationToken.authenticated(user, null,
                List.of(new SimpleGrantedAuthority(user.role().authority())));
        signedIn.setDetails(this);
        return signedIn;
    }
}
