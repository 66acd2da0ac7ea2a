package com.novastoryteller.account;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * What the admin may change on an account; a field left out (null) stays as it is. A daily limit of 0 (stories or
 * spend) gives the account the installation's limit again.
 */
public record AccountChanges(
        @Email(message = "This does not look like an e-mail address.")
        @Size(max = 254, message = "An e-mail address can be at most 254 characters.")
        @Nullable String email,

        @Size(min = 1, max = 60, message = "A first name has 1 to 60 characters.")
        @Nullable String firstName,

        @Size(min = 1, max = 60, message = "A last name has 1 to 60 characters.")
        @Nullable String lastName,

        @Nullable Role role,

        @Nullable Boolean isActive,

        @Min(value = 0, message = "A daily limit is 0 (the installation's) or more.")
        @Max(value = 10000, message = "A daily limit is at most 10000 stories.")
        @Nullable Integer dailyStoryLimit,

        @DecimalMin(value = "0", message = "A daily spend limit is 0 (the installation's) or more.")
        @DecimalMax(value = "1000", message = "A daily spend limit is at most 1000 US dollars.")
        @Digits(integer = 4, fraction = 6, message = "A daily spend limit has at most 6 decimals.")
        @Nullable BigDecimal dailySpendLimitUsd) {
}
