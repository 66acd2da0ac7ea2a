package com.novastoryteller.engine;

/** A voice a narrator can speak with: its id, a description a grown-up can choose by, and its character. */
public record NarratorVoice(String id, String description) {
}
