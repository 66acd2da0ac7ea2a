package com.novastoryteller.engine.provider;

import org.jspecify.annotations.Nullable;

/** Secrets as an admin may see them: whether one is set, and its last four characters to tell keys apart. */
public final class Secrets {

    private Secrets() {
    }

    public static String mask(@Nullable String secret) {
        if (secret == null || secret.isBlank()) {
            return "not set";
        }
        return secret.length() < 12 ? "****" : "****" + secret.substring(secret.length() - 4);
    }

    /** A JDBC URL without any password in it. */
    public static String maskUrl(@Nullable String url) {
        return url == null ? "" : url.replaceAll("(?i)(password|pwd)=[^;&]*", "$1=****")
                .replaceAll("//[^/@]*:[^/@]*@", "//****@");
    }
}
