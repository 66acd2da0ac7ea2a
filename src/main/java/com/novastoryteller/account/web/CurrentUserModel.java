package com.novastoryteller.account.web;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import com.novastoryteller.account.CurrentUser;

/** Every page knows who is signed in (or null), for the header's greeting and menu. */
@ControllerAdvice(annotations = Controller.class)
class CurrentUserModel {

    @ModelAttribute("currentUser")
    @Nullable CurrentUser currentUser(@AuthenticationPrincipal @Nullable CurrentUser user) {
        return user;
    }
}
