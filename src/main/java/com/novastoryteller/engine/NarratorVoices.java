package com.novastoryteller.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

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

    /** An engine's own voices by the id of the voice each speaks as, in the order given. */
    @SafeVarargs
    public static <V> Map<String, V> byId(Function<V, NarratorVoice> voiceOf, V... voices) {
        Map<String, V> byId = new LinkedHashMap<>();
        for (V voice : voices) {
            byId.put(voiceOf.apply(voice).id(), voice);
        }
        return Collections.unmodifiableMap(byId);
    }
}
