package com.novastoryteller.account;

import com.novastoryteller.web.InvalidRequest;

/** A username that could pass for someone else's; a 400 naming the field and saying why. */
public class LookalikeUsername extends InvalidRequest {

    private LookalikeUsername(String reason) {
        super("username", reason);
    }

    static LookalikeUsername mixedScripts() {
        return new LookalikeUsername("A username cannot mix letters or digits of different alphabets (like Latin "
                + "and Cyrillic), as such a name can pass for someone else's. Please use one alphabet.");
    }

    static LookalikeUsername likeAnother() {
        return new LookalikeUsername("This username looks too much like one already taken. Please choose another.");
    }
}
