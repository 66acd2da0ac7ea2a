/**
 * The superadmin's side, its API and its console: accounts, the moderation of stories, the installation's
 * figures, settings and logs. Everything here is open to role {@code admin} only.
 */
@NullMarked
package com.novastoryteller.admin;

import org.jspecify.annotations.NullMarked;
