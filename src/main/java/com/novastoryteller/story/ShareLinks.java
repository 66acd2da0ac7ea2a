package com.novastoryteller.story;

import java.util.Optional;
import java.util.UUID;

import com.novastoryteller.account.CurrentUser;

/** Where a family's story is shared, for its page; provided by the module that shares stories. */
public interface ShareLinks {

    /** The full address of the story's share link, if it has one. */
    Optional<String> linkTo(CurrentUser user, UUID storyId);
}
