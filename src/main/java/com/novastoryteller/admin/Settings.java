package com.novastoryteller.admin;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.env.Environment;

import com.novastoryteller.account.QuotaProperties;
import com.novastoryteller.engine.provider.ProviderDescription;
import com.novastoryteller.engine.provider.Secrets;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * What this installation runs on, as {@code /api/admin/config} gives it and the diagnostics show it: who serves each
 * capability, quotas, narration, where files and data live, versions, and each provider's settings as it describes
 * them (in the JSON, under the provider's name).
 */
public record Settings(Map<String, String> providers, boolean fallbackToEmbedded, String timeout, int retries, Quotas quotas,
        Narration narrator, Storage storage, Database database, Versions versions,
        @JsonIgnore List<ProviderDescription> described) {

    /** Each provider by its name, with whether it is in use before its own settings. */
    @JsonAnyGetter
    Map<String, Map<String, Object>> describedByName() {
        Map<String, Map<String, Object>> byName = new LinkedHashMap<>();
        for (ProviderDescription provider : described) {
            Map<String, Object> facts = new LinkedHashMap<>();
            facts.put("in_use", provider.inUse());
            facts.putAll(provider.settings());
            byName.put(provider.name(), facts);
        }
        return byName;
    }

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
            Narration narrator, Database database, Versions versions, List<ProviderDescription> described) {
        return new Settings(providers,
                environment.getProperty("storyteller.providers.fallback-to-embedded", Boolean.class, true),
                environment.getProperty("storyteller.providers.timeout", "60s"),
                environment.getProperty("storyteller.providers.retries", Integer.class, 2),
                new Quotas(quotas.storiesPerDay(), quotas.spendPerDayUsd()), narrator, Storage.from(environment),
                database, versions, described);
    }
}
