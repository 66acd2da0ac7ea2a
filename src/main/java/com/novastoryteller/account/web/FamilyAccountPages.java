package com.novastoryteller.account.web;

import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import com.novastoryteller.account.AccountAlreadyExists;
import com.novastoryteller.account.AccountChangeRefused;
import com.novastoryteller.account.CurrentUser;
import com.novastoryteller.account.FamilyAccount;
import com.novastoryteller.account.Money;
import com.novastoryteller.account.WeakPassword;
import com.novastoryteller.engine.provider.ProviderChoices;
import com.novastoryteller.web.FirstErrors;
import com.novastoryteller.web.InvalidRequest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The grown-up's account page, its two forms, and the page that deletes the account. All work without JavaScript. */
@Controller
class FamilyAccountPages {

    private final FamilyAccount account;
    private final SessionSignIn sessions;
    private final ProviderChoices providers;

    FamilyAccountPages(FamilyAccount account, SessionSignIn sessions, ProviderChoices providers) {
        this.account = account;
        this.sessions = sessions;
        this.providers = providers;
    }

    @GetMapping("/account")
    String show(@AuthenticationPrincipal CurrentUser user, Model model) {
        return page(user, model);
    }

    @PostMapping("/account/email")
    String changeEmail(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("emailForm") EmailChange form,
            BindingResult errors, Model model) {
        if (!errors.hasErrors()) {
            try {
                account.changeEmail(user, form.password(), form.email());
                return "redirect:/account?email-changed";
            }
            catch (AccountAlreadyExists e) {
                errors.rejectValue("email", "taken", e.getMessage());
            }
            catch (InvalidRequest e) {
                errors.rejectValue("password", "wrong", e.getMessage());
            }
        }
        return page(user, model);
    }

    @PostMapping("/account/password")
    String changePassword(@AuthenticationPrincipal CurrentUser user,
            @Valid @ModelAttribute("passwordForm") PasswordForm form, BindingResult errors, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        if (!Objects.equals(form.newPassword(), form.repeatPassword())) {
            errors.rejectValue("repeatPassword", "different", "The two new passwords are not the same.");
        }
        if (!errors.hasErrors()) {
            try {
                account.changePassword(user, form.currentPassword(), form.newPassword(), Optional.empty());
                sessions.keepSignedIn(user, request, response);
                return "redirect:/account?password-changed";
            }
            catch (WeakPassword e) {
                errors.rejectValue("newPassword", "weak", e.reason());
            }
            catch (InvalidRequest e) {
                errors.rejectValue("currentPassword", "wrong", e.getMessage());
            }
        }
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "passwordForm", FirstErrors.of(errors));
        return page(user, model);
    }

    @GetMapping("/account/delete")
    String confirmDelete(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("overview", account.overview(user));
        model.addAttribute("form", new DeletionForm("", false));
        return "account/delete";
    }

    @PostMapping("/account/delete")
    String delete(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") DeletionForm form,
            BindingResult errors, Model model, HttpServletRequest request, HttpServletResponse response,
            Authentication signedIn) {
        if (!Boolean.TRUE.equals(form.understood())) {
            errors.rejectValue("understood", "required", "Please tick the box to say you understand.");
        }
        if (!errors.hasErrors()) {
            try {
                account.delete(user, form.password());
                new SecurityContextLogoutHandler().logout(request, response, signedIn);
                return "redirect:/?account-deleted";
            }
            catch (InvalidRequest e) {
                errors.rejectValue("password", "wrong", e.getMessage());
            }
            catch (AccountChangeRefused e) {
                errors.reject("refused", e.getMessage());
            }
        }
        model.addAttribute("overview", account.overview(user));
        return "account/delete";
    }

    /** The account page; a form sent back with mistakes keeps what was typed, the other starts empty. */
    private String page(CurrentUser user, Model model) {
        FamilyAccount.Overview overview = account.overview(user);
        if (!model.containsAttribute("emailForm")) {
            model.addAttribute("emailForm", new EmailChange(overview.user().email(), ""));
        }
        if (!model.containsAttribute("passwordForm")) {
            model.addAttribute("passwordForm", new PasswordForm("", "", ""));
        }
        model.addAttribute("overview", overview);
        model.addAttribute("spentToday", Money.shown(overview.spentTodayUsd()));
        model.addAttribute("spendLimit", Money.shown(overview.spendLimitUsd()));
        model.addAttribute("providers", ProvidersInUse.of(providers));
        model.addAttribute("browserHears", providers.browserHears());
        model.addAttribute("exportName", FamilyAccountApi.exportName(user));
        return "account/account";
    }

    record PasswordForm(
            @NotBlank(message = "Please enter your current password.") @Size(max = 128) String currentPassword,
            @NotBlank(message = "Please choose a password.")
            @Size(min = 8, max = 128, message = "A password has 8 to 128 characters.") String newPassword,
            String repeatPassword) {
    }

    record DeletionForm(
            @NotBlank(message = "Please enter your password.") @Size(max = 128) String password,
            @Nullable Boolean understood) {
    }
}
