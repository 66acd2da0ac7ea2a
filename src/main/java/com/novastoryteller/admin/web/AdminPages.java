package com.novastoryteller.admin.web;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.novastoryteller.admin.InstallationFigures;
import com.novastoryteller.admin.InstallationSettings;
import com.novastoryteller.admin.LogFiles;
import com.novastoryteller.admin.LogSearch;
import com.novastoryteller.web.InvalidRequest;

/**
 * The superadmin's console in the browser: the installation at a glance (figures, providers, usage), its
 * diagnostics and its logs.
 * Only the admin reaches it; anyone else gets the friendly refusal page.
 */
@Controller
class AdminPages {

    private final InstallationFigures figures;
    private final InstallationSettings settings;
    private final LogSearch logs;

    AdminPages(InstallationFigures figures, InstallationSettings settings, LogSearch logs) {
        this.figures = figures;
        this.settings = settings;
        this.logs = logs;
    }

    @GetMapping("/admin")
    String dashboard(Model model) throws SQLException {
        model.addAttribute("stats", figures.stats());
        model.addAttribute("config", settings.settings());
        model.addAttribute("pageTitle", "The installation");
        model.addAttribute("section", "dashboard");
        return "admin/dashboard";
    }

    @GetMapping("/admin/diagnostics")
    String diagnostics(Model model) throws SQLException {
        model.addAttribute("config", settings.settings());
        model.addAttribute("pageTitle", "Diagnostics");
        model.addAttribute("section", "diagnostics");
        return "admin/diagnostics";
    }

    @GetMapping("/admin/logs")
    String logs(@RequestParam(required = false) @Nullable String file, @RequestParam(defaultValue = "200") int lines,
            @RequestParam(required = false) @Nullable String filter, @RequestParam(defaultValue = "false") boolean regex,
            Model model) {
        List<LogFiles.LogFile> all = logs.list();
        String chosen = Optional.ofNullable(file).filter(name -> !name.isBlank())
                .orElse(all.isEmpty() ? null : all.get(0).name());
        model.addAttribute("files", all);
        model.addAttribute("file", chosen);
        model.addAttribute("lines", lines);
        model.addAttribute("filter", filter == null ? "" : filter);
        model.addAttribute("regex", regex);
        model.addAttribute("pageTitle", "Logs");
        model.addAttribute("section", "logs");
        if (chosen != null && all.stream().anyMatch(each -> each.name().equals(chosen))) {
            try {
                model.addAttribute("tail", logs.tail(chosen, lines, filter, regex).text());
            }
            catch (InvalidRequest wrong) {
                model.addAttribute("problem", wrong.errors().values().iterator().next());
            }
        }
        return "admin/logs";
    }
}
