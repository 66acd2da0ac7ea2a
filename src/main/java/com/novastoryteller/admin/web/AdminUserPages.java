package com.novastoryteller.admin.web;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.novastoryteller.account.AccountAdministration;
import com.novastoryteller.account.AccountChangeRefused;
import com.novastoryteller.account.AccountChanges;
import com.novastoryteller.account.CurrentUser;
import com.novastoryteller.account.QuotaProperties;
import com.novastoryteller.account.Role;
import com.novastoryteller.account.UserProfile;
import com.novastoryteller.web.PageParameters;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/** The console's accounts: find one, change its role, whether it can sign in and its daily limits; delete it. */
@Controller
class AdminUserPages {

    private final AccountAdministration accounts;
    private final QuotaProperties quotas;
    private final Validator validator;

    AdminUserPages(AccountAdministration accounts, QuotaProperties quotas, Validator validator) {
        this.accounts = accounts;
        this.quotas = quotas;
        this.validator = validator;
    }

    @GetMapping("/admin/users")
    String users(@RequestParam(required = false) @Nullable String q, @RequestParam(defaultValue = "1") int page,
            @RequestParam(name = "include_deleted", defaultValue = "false") boolean includeDeleted, Model model) {
        Page<UserProfile> found = accounts.search(q, includeDeleted, PageParameters.of(Math.max(1, page), 20));
        model.addAttribute("users", found);
        model.addAttribute("pages", PageLinks.of(found));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("includeDeleted", includeDeleted);
        model.addAttribute("roles", Role.values());
        model.addAttribute("defaultLimit", quotas.storiesPerDay());
        model.addAttribute("defaultSpend", quotas.spendPerDayUsd());
        model.addAttribute("pageTitle", "Accounts");
        model.addAttribute("section", "users");
        return "admin/users";
    }

    @PostMapping("/admin/users/{id}")
    String change(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id, @RequestParam Role role,
            @RequestParam(defaultValue = "false") boolean active,
            @RequestParam(name = "daily_story_limit", required = false) @Nullable Integer dailyStoryLimit,
            @RequestParam(name = "daily_spend_limit_usd", required = false) @Nullable BigDecimal dailySpendLimitUsd,
            RedirectAttributes flash) {
        // An empty limit is the installation's (0); the limits' own rules are those of the API.
        AccountChanges changes = new AccountChanges(null, null, null, role, active,
                dailyStoryLimit == null ? 0 : dailyStoryLimit,
                dailySpendLimitUsd == null ? BigDecimal.ZERO : dailySpendLimitUsd);
        Optional<String> wrong = validator.validate(changes).stream().map(ConstraintViolation::getMessage).sorted()
                .findFirst();
        if (wrong.isPresent()) {
            flash.addFlashAttribute("problem", wrong.get());
            return "redirect:/admin/users";
        }
        try {
            UserProfile changed = accounts.change(id, changes, admin);
            flash.addFlashAttribute("message", changed.username() + " is saved.");
        }
        catch (AccountChangeRefused e) {
            flash.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/{id}/delete")
    String delete(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id, RedirectAttributes flash) {
        try {
            String username = accounts.profile(id).username();
            accounts.delete(id, admin);
            flash.addFlashAttribute("message", username + " can no longer sign in; the stories stay for audit.");
        }
        catch (AccountChangeRefused e) {
            flash.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/admin/users";
    }
}
