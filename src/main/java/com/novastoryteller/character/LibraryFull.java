package com.novastoryteller.character;

/** A new character (made, copied or imported) that the family's library has no room for. */
public class LibraryFull extends RuntimeException {

    LibraryFull(int limit) {
        super("Your library can hold at most " + limit + " characters. Delete one you no longer need to make room.");
    }
}
