package com.novastoryteller.engine.embedded;

/**
 * How a voice is shaped from its engine's own: speaking rate, average pitch and pitch range, each
 * as a factor of the engine's natural one (1 keeps it, 0.7 is 30% lower or slower).
 */
record Prosody(double rate, double pitch, double range) {
}
