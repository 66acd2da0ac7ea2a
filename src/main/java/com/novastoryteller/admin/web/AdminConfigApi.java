package com.novastoryteller.admin.web;

import java.sql.SQLException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.novastoryteller.admin.InstallationSettings;
import com.novastoryteller.admin.Settings;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** What this installation runs on: who serves each capability, with which model, where data lives; no secret in full. */
@RestController
@RequestMapping("/api/admin/config")
@Tag(name = "Admin")
class AdminConfigApi {

    private final InstallationSettings settings;

    AdminConfigApi(InstallationSettings settings) {
        this.settings = settings;
    }

    @Operation(summary = "Which engine or provider serves each capability, models, storage, database and versions; secrets masked")
    @GetMapping
    Settings config() throws SQLException {
        return settings.settings();
    }
}
