package com.novastoryteller.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What someone signing up gives us; the same rules hold for the sign-up page, the API and the commands. */
public record NewAccount(
        @NotBlank(message = "Please enter an e-mail address.")
        @Email(message = "This does not look like an e-mail address.")
        @Size(max = 254, message = "An e-mail address can be at most 254 characters.")
        String email,

        @NotBlank(message = "Please choose a username.")
        @Size(min = 3, max = 40, message = "A username has 3 to 40 characters.")
        @Pattern(regexp = "[\\p{L}\\p{N}._-]*", message = "A username can use letters, digits, dots, dashes and underscores.")
        String username,

        @NotBlank(message = "Please choose a password.")
        @Size(min = 8, max = 128, message = "A password has 8 to 128 characters.")
        String password,

        @NotBlank(message = "Please enter a first name.")
        @Size(max = 60, message = "A first name can be at most 60 characters.")
        String firstName,

        @NotBlank(message = "Please enter a last name.")
        @Size(max = 60, message = "A last name can be at most 60 characters.")
        String lastName) {
}
