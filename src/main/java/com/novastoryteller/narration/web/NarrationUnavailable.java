package com.novastoryteller.narration.web;

/** The story cannot be heard (yet): still being written or read, or there is no voice for it. */
class NarrationUnavailable extends RuntimeException {

    NarrationUnavailable(String reason) {
        super(reason);
    }
}
