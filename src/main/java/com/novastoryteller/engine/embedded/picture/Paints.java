package com.novastoryteller.engine.embedded.picture;

/** A figure's paints: its fur (or skin, scales, metal), front, pattern, and for people their clothes and hair. */
record Paints(String body, String belly, String accent, String clothes, String hair, String skin, String legs, String shoes) {
}
