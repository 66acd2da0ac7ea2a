package com.novastoryteller.character;

/** Renaming a character to the name another one in the library already has. */
public class CharacterNameTaken extends RuntimeException {

    CharacterNameTaken(String name) {
        super("Your library already has a character called " + name + ". Pick another name, or change that one.");
    }
}
