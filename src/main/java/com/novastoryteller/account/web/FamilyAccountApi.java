package com.novastoryteller.account.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import com.novastoryteller.account.CurrentUser;
import com.novastoryteller.account.FamilyAccount;
import com.novastoryteller.account.FamilyData;
import com.novastoryteller.account.UserProfile;
import com.novastoryteller.account.internal.BearerToken;
import com.novastoryteller.engine.provider.ProviderChoices;
import com.novastoryteller.web.PlainText;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A grown-up's own account: see it, download it, change e-mail and password, delete it. */
@RestController
@RequestMapping("/api/account")
@Tag(name = "Accounts")
class FamilyAccountApi {

    static final MediaType ZIP = MediaType.parseMediaType("application/zip");

    private final FamilyAccount account;
    private final SessionSignIn sessions;
    private final ProviderChoices providers;

    FamilyAccountApi(FamilyAccount account, SessionSignIn sessions, ProviderChoices providers) {
        this.account = account;
        this.sessions = sessions;
        this.providers = providers;
    }

    @Operation(summary = "The account, how much it keeps, which providers (if any) this installation sends data to, "
            + "and what they cost today of the daily limit")
    @GetMapping
    AccountPage show(@AuthenticationPrincipal CurrentUser user) {
        FamilyAccount.Overview overview = account.overview(user);
        return new AccountPage(overview.user(), overview.data(), ProvidersInUse.of(providers), false,
                overview.spentTodayUsd(), overview.spendLimitUsd());
    }

    @Operation(summary = "Everything the account keeps, as a zip of JSON, pictures, audio and portraits")
    @GetMapping("/export")
    ResponseEntity<StreamingResponseBody> export(@AuthenticationPrincipal CurrentUser user) {
        return ResponseEntity.ok()
                .contentType(ZIP)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(PlainText.fileName(exportName(user))).build().toString())
                .body(out -> account.export(user, out));
    }

    @Operation(summary = "A new e-mail address; needs the password")
    @PutMapping("/email")
    UserProfile changeEmail(@AuthenticationPrincipal CurrentUser user, @Valid @RequestBody EmailChange change) {
        return account.changeEmail(user, change.password(), change.email());
    }

    @Operation(summary = "A new password; every other token and every other browser session of the account stops working")
    @PutMapping("/password")
    ResponseEntity<Void> changePassword(@AuthenticationPrincipal CurrentUser user,
            @Valid @RequestBody PasswordChange change, HttpServletRequest request, HttpServletResponse response) {
        account.changePassword(user, change.currentPassword(), change.newPassword(), BearerToken.from(request));
        sessions.keepSignedIn(user, request, response);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Deletes the account and everything in it, for good; needs the password")
    @DeleteMapping
    ResponseEntity<Void> delete(@AuthenticationPrincipal CurrentUser user, @Valid @RequestBody Deletion deletion) {
        account.delete(user, deletion.password());
        return ResponseEntity.noContent().build();
    }

    static String exportName(CurrentUser user) {
        return "nova-storyteller-" + user.username() + "-" + LocalDate.now() + ".zip";
    }

    record AccountPage(UserProfile user, List<FamilyData.Count> data, List<ProvidersInUse> providers,
            boolean voiceRecordingsKept, BigDecimal spentTodayUsd, BigDecimal dailySpendLimitUsd) {
    }

    record PasswordChange(
            @NotBlank(message = "Please enter your current password.") @Size(max = 128) String currentPassword,
            @NotBlank(message = "Please choose a password.")
            @Size(min = 8, max = 128, message = "A password has 8 to 128 characters.") String newPassword) {
    }

    record Deletion(@NotBlank(message = "Please enter your password.") @Size(max = 128) String password) {
    }
}
