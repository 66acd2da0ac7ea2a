package com.novastoryteller.admin;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.SpringBootVersion;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;

import com.novastoryteller.account.QuotaProperties;
import com.novastoryteller.engine.Narrator;
import com.novastoryteller.engine.provider.ProviderChoices;
import com.novastoryteller.engine.provider.ProviderDescription;
import com.novastoryteller.engine.provider.Secrets;

/** The installation's settings for the admin's API and console; no secret in full. */
@Service
public class InstallationSettings {

    private final Environment environment;
    private final DataSource dataSource;
    private final Narrator narrator;
    private final ProviderChoices choices;
    private final QuotaProperties quotas;
    private final List<ProviderDescription> described;

    InstallationSettings(Environment environment, DataSource dataSource, Narrator narrator, ProviderChoices choices,
            QuotaProperties quotas, List<ProviderDescription> described) {
        this.environment = environment;
        this.dataSource = dataSource;
        this.narrator = narrator;
        this.choices = choices;
        this.quotas = quotas;
        this.described = described.stream().sorted(Comparator.comparing(ProviderDescription::name)).toList();
    }

    public Settings settings() throws SQLException {
        Map<String, String> providers = new LinkedHashMap<>();
        choices.all().forEach(choice -> providers.put(choice.capability().setting(), choice.chosen()));
        return Settings.from(environment, providers, quotas,
                new Settings.Narration(narrator.edition(), narrator.voices().size()), database(), versions(),
                described);
    }

    private Settings.Database database() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            return new Settings.Database(meta.getDatabaseProductName(), meta.getDatabaseProductVersion(),
                    Secrets.maskUrl(meta.getURL()));
        }
    }

    private static Settings.Versions versions() {
        @Nullable String application = InstallationSettings.class.getPackage().getImplementationVersion();
        return new Settings.Versions(System.getProperty("java.version"), String.valueOf(SpringBootVersion.getVersion()),
                application == null ? "development" : application);
    }
}
