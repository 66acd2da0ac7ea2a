package com.novastoryteller.support;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts {@link S3Proxy} before a test class that needs it, and stops it when the whole run is over. Without it
 * (its jar not fetched, or it does not start) the class is skipped, except under CI, where it fails.
 */
public class S3ProxyRequired implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        try {
            // The root store closes what it holds once every test has run.
            context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                    .computeIfAbsent(S3Proxy.class, key -> S3Proxy.running(), S3Proxy.class);
        }
        catch (RuntimeException e) {
            String problem = "s3proxy, the S3-compatible store of the media tests, could not be started: " + e.getMessage();
            if (System.getenv("CI") != null) {
                throw new IllegalStateException(problem, e);
            }
            Assumptions.abort(problem);
        }
    }
}
