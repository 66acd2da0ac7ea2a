package com.novastoryteller;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.stereotype.Component;

/**
 * The few words of SQL the supported databases spell differently, handed to the migrations as
 * Flyway placeholders so that one set of migration files runs on all of them.
 */
@Component
class DatabasePlaceholders implements FlywayConfigurationCustomizer {

    @Override
    public void customize(FluentConfiguration configuration) {
        String product = productName(configuration).toLowerCase(java.util.Locale.ROOT);
        boolean postgres = product.contains("postgres");
        boolean mariadb = product.contains("mariadb") || product.contains("mysql");
        configuration.placeholders(Map.of("binary_type", postgres ? "BYTEA" : "BLOB",
                // as Spring Modulith's event registry writes them: a UUID, or its text where the database has no UUID
                "uuid_type", mariadb ? "VARCHAR(36)" : "UUID",
                "instant_type", mariadb ? "TIMESTAMP(6)" : "TIMESTAMP(6) WITH TIME ZONE"));
    }

    private static String productName(FluentConfiguration configuration) {
        try (Connection connection = configuration.getDataSource().getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        }
        catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database to migrate it", e);
        }
    }
}
