package com.novastoryteller.story;

import java.util.UUID;

/** No such story, or one that is not the caller's: both look the same from outside. */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
public class StoryNotFound extends RuntimeException {

    public StoryNotFound(UUID id) {
        super("There is no story " + id + ".");
    }

    public StoryNotFound(String message) {
        super(message);
    }
}
