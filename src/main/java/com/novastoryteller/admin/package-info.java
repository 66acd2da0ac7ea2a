/**
 * The superadmin's side: managing accounts (and, in later features, moderation, statistics, logs
 * and configuration). Everything here is open to role {@code admin} only.
 */
@NullMarked
package com.novastoryteller.admin;

import org.jspecify.annotations.NullMarked;
