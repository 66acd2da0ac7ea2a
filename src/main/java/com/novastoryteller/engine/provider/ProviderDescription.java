package com.novastoryteller.engine.provider;

import java.util.Map;

/**
 * A provider as the admin's diagnostics and {@code /api/admin/config} show it. Each provider's package contributes
 * one of these beans, so adding a provider touches only its own package.
 */
public interface ProviderDescription {

    /** The name its settings go under in {@code /api/admin/config} ({@code openai}, {@code aws}). */
    String name();

    /** Its name as people know it. */
    String title();

    /** Whether any capability is switched to it. */
    boolean inUse();

    /**
     * Its settings by their names in {@code /api/admin/config}, in a fixed order, each with the default its client
     * would use when not set; no secret in full (see {@link Secrets}).
     */
    Map<String, String> settings();
}
