package com.novastoryteller.web;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Operations")
class HealthApi {

    private final DataSource dataSource;

    HealthApi(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Operation(summary = "Is the service up and its database reachable?")
    @GetMapping("/api/health")
    ResponseEntity<Map<String, String>> health() {
        boolean databaseUp = databaseAnswers();
        return ResponseEntity.status(databaseUp ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
                .body(Map.of("status", databaseUp ? "ok" : "unavailable", "database", databaseUp ? "up" : "down"));
    }

    private boolean databaseAnswers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        }
        catch (SQLException e) {
            return false;
        }
    }
}
