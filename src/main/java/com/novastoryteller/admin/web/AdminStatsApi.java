package com.novastoryteller.admin.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import com.novastoryteller.admin.InstallationFigures;
import com.novastoryteller.admin.Stats;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The installation's figures: accounts, stories, characters, the last day's writing, and the providers' usage. */
@RestController
@Tag(name = "Admin")
class AdminStatsApi {

    private final InstallationFigures figures;

    AdminStatsApi(InstallationFigures figures) {
        this.figures = figures;
    }

    @Operation(summary = "Accounts, stories, characters, the last 24 hours of writing, and each provider's usage and estimated cost")
    @GetMapping("/api/admin/stats")
    Stats stats() {
        return figures.stats();
    }
}
