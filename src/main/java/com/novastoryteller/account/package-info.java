/**
 * Accounts: the grown-ups who sign up, their roles, how they sign in (web session or API token),
 * and the one-off commands that create the superadmin and the demo accounts.
 * <p>
 * Other modules use {@link com.novastoryteller.account.Accounts} and
 * {@link com.novastoryteller.account.CurrentUser}, the admin's console
 * {@link com.novastoryteller.account.AccountAdministration}; everything under {@code internal} is private.
 */
@NullMarked
package com.novastoryteller.account;

import org.jspecify.annotations.NullMarked;
