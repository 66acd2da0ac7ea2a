package com.novastoryteller.engine;

import java.util.List;

/**
 * The voices every narrator offers, by the same ids, so a story's casting means the same whichever engine reads
 * it: the storyteller first, then the character voices in the order characters are cast.
 */
public final class NarratorVoices {

    public static final List<NarratorVoice> CAST = List.of(
            new NarratorVoice("storyteller", "A warm storyteller"),
            new NarratorVoice("child", "A bright child"),
            new NarratorVoice("friend", "A friendly young man"),
            new NarratorVoice("sage", "An old, wise voice"),
            new NarratorVoice("mouse", "A small, quick mouse"),
            new NarratorVoice("villain", "A sly villain"),
            new NarratorVoice("giant", "A deep, slow giant"),
            new NarratorVoice("cheerful", "A cheerful friend"),
            new NarratorVoice("gentle", "A gentle, calm voice"));

    private NarratorVoices() {
    }

    public static NarratorVoice of(String id) {
        return CAST.stream().filter(voice -> voice.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No voice " + id));
    }
}
