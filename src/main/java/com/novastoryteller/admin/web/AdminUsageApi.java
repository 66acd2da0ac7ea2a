package com.novastoryteller.admin.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import com.novastoryteller.usage.ProviderUsage;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** What each AI provider was asked to do, and what it is estimated to have cost; only counts, never content. */
@RestController
@Tag(name = "Admin")
class AdminUsageApi {

    private final ProviderUsage usage;

    AdminUsageApi(ProviderUsage usage) {
        this.usage = usage;
    }

    record UsageView(List<ProviderUsage.Totals> providers) {
    }

    @Operation(summary = "Calls, failures, tokens, characters, audio and images per provider, with an estimated cost in US dollars")
    @GetMapping("/api/admin/usage")
    UsageView usage() {
        return new UsageView(usage.totals());
    }
}
