package com.novastoryteller.support;

import java.sql.DriverManager;
import java.sql.SQLException;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Checks that the database server the run is pointed at answers, before Spring tries to start on it. */
class DatabaseServerRequired implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        String url = System.getProperty("spring.datasource.url");
        if (url == null || url.startsWith("jdbc:h2:")) {
            return;
        }
        try (var connection = DriverManager.getConnection(url, System.getProperty("spring.datasource.username"),
                System.getProperty("spring.datasource.password"))) {
            connection.isValid(5);
        }
        catch (SQLException e) {
            String problem = "The test database at " + url + " does not answer (" + e.getMessage()
                    + "). Start it with: bash .ci/databases";
            if (System.getenv("CI") != null) {
                throw new IllegalStateException(problem, e);
            }
            Assumptions.abort(problem);
        }
    }
}
