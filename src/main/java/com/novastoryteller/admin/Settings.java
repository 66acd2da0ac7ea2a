package com.novastoryteller.admin;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;

import org.springframework.core.env.Environment;

import com.novastoryteller.account.QuotaProperties;

/**
 * What this installation runs on, as {@code /api/admin/config} gives it and the diagnostics show it: who serves each
 * capability, each provider's settings, quotas, narration, where files and data live, and versions.
 */
record Settings(Map<String, String> providers, boolean fallbackToEmbedded, String timeout, int retries,
        ProviderSettings.OpenAi openai, ProviderSettings.Ollama ollama, ProviderSettings.Aws aws, Quotas quotas,
        Narration narrator, Storage storage, Database database, Versions versions) {

    record Quotas(int storiesPerDay, BigDecimal spendPerDayUsd) {
    }

    record Narration(String edition, int voices) {
    }

    record Database(String kind, String version, String url) {
    }

    record Versions(String java, String springBoot, String application) {
    }

    /** Where media are kept: the data directory's folder, or the bucket (by name and server, never a secret). */
    record Storage(String kind, String dataDir, String location) {

        static Storage from(Environment environment) {
            String dataDir = Path.of(environment.getProperty("storyteller.data-dir", "./data")).toAbsolutePath()
                    .normalize().toString();
            if (!environment.getProperty("storyteller.media.store", "local").equalsIgnoreCase("s3")) {
                return new Storage("local", dataDir, dataDir);
            }
            String prefix = environment.getProperty("storyteller.media.s3.prefix", "").replaceAll("^/+|/+$", "");
            String endpoint = environment.getProperty("storyteller.media.s3.endpoint");
            return new Storage("s3", dataDir, "s3://" + environment.getProperty("storyteller.media.s3.bucket", "") + "/"
                    + (prefix.isEmpty() ? "" : prefix + "/") + (endpoint == null ? "" : " at " + Secrets.maskUrl(endpoint)));
        }
    }

    /** {@code providers} maps each capability's setting to the engine or provider chosen for it. */
    static Settings from(Environment environment, Map<String, String> providers, QuotaProperties quotas,
            Narration narrator, Database database, Versions versions) {
        return new Settings(providers,
                environment.getProperty("storyteller.providers.fallback-to-embedded", Boolean.class, true),
                environment.getProperty("storyteller.providers.timeout", "60s"),
                environment.getProperty("storyteller.providers.retries", Integer.class, 2),
                ProviderSettings.OpenAi.from(environment, providers.values()),
                ProviderSettings.Ollama.from(environment, providers.values()),
                ProviderSettings.Aws.from(environment, providers.values()),
                new Quotas(quotas.storiesPerDay(), quotas.spendPerDayUsd()), narrator, Storage.from(environment),
                database, versions);
    }
}
