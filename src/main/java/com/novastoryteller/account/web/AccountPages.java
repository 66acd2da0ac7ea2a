package com.novastoryteller.account.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import com.novastoryteller.account.AccountAlreadyExists;
import com.novastoryteller.account.Accounts;
import com.novastoryteller.account.CurrentUser;
import com.novastoryteller.account.NewAccount;
import com.novastoryteller.account.UserProfile;
import com.novastoryteller.account.internal.SignInFailureHandler;
import com.novastoryteller.account.internal.SignUpsThrottled;
import com.novastoryteller.engine.provider.ProviderChoices;
import com.novastoryteller.web.FirstErrors;
import com.novastoryteller.web.InvalidRequest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

/** The sign-up and sign-in pages. Both work without JavaScript. */
@Controller
class AccountPages {

    private final Accounts accounts;
    private final SessionSignIn sessions;
    private final ProviderChoices providers;

    AccountPages(Accounts accounts, SessionSignIn sessions, ProviderChoices providers) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.providers = providers;
    }

    /** What the sign-up page tells a grown-up about the data kept, and where it goes. */
    @ModelAttribute("providers")
    List<ProvidersInUse> providers() {
        return ProvidersInUse.of(providers);
    }

    @ModelAttribute("browserHears")
    boolean browserHears() {
        return providers.browserHears();
    }

    @GetMapping("/signin")
    String signIn(@AuthenticationPrincipal @Nullable CurrentUser user, HttpServletRequest request, Model model) {
        if (user != null) {
            return "redirect:/stories";
        }
        HttpSession session = request.getSession(false);
        Object lastLogin = session != null ? session.getAttribute(SignInFailureHandler.LAST_LOGIN) : null;
        model.addAttribute("lastLogin", lastLogin != null ? lastLogin : "");
        return "account/signin";
    }

    @GetMapping("/signup")
    String signUp(@AuthenticationPrincipal @Nullable CurrentUser user, Model model) {
        if (user != null) {
            return "redirect:/stories";
        }
        model.addAttribute("form", new NewAccount("", "", "", "", ""));
        return "account/signup";
    }

    @PostMapping("/signup")
    String signUp(@Valid @ModelAttribute("form") NewAccount form, BindingResult errors, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        if (errors.hasErrors()) {
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", FirstErrors.of(errors));
            return "account/signup";
        }
        try {
            UserProfile user = accounts.register(form, request.getRemoteAddr());
            sessions.signIn(new CurrentUser(user.id(), user.username(), user.firstName(), user.role()), request,
                    response);
            return "redirect:/stories?welcome";
        }
        catch (AccountAlreadyExists e) {
            errors.rejectValue(e.field(), "taken", e.getMessage());
            return "account/signup";
        }
        catch (InvalidRequest e) {
            e.errors().forEach((field, message) -> errors.rejectValue(field, "refused", message));
            return "account/signup";
        }
        catch (SignUpsThrottled e) {
            model.addAttribute("signUpsThrottled", e.getMessage());
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()));
            return "account/signup";
        }
    }
}
