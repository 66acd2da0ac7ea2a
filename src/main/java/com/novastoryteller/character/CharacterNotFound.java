package com.novastoryteller.character;

import java.util.UUID;

/** No such character in this family's library; another family's looks the same. */
class CharacterNotFound extends RuntimeException {

    CharacterNotFound(UUID id) {
        super("There is no character " + id + " in your library.");
    }
}
