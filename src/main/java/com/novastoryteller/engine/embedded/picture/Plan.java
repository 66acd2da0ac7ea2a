package com.novastoryteller.engine.embedded.picture;

/** The body plans a kind is drawn on; each kind adds its own parts and colours. */
enum Plan {
    PERSON, ANIMAL, FOUR, BIRD, SEA, BUG, REPTILE, DRAGON, ROBOT, BLOB
}
