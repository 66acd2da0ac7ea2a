package com.novastoryteller.account.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new e-mail address, confirmed with the password: the API's body and the account page's form. */
record EmailChange(
        @NotBlank(message = "Please enter an e-mail address.")
        @Email(message = "This does not look like an e-mail address.")
        @Size(max = 254, message = "An e-mail address can be at most 254 characters.") String email,
        @NotBlank(message = "Please enter your password.") @Size(max = 128) String password) {
}
