package com.novastoryteller.character;

import java.util.UUID;

/** No such character in this family's library; another family's looks the same. */
public class CharacterNotFound extends RuntimeException {

    public CharacterNotFound(UUID id) {
        super("There is no character " + id + " in your library.");
    }
}
