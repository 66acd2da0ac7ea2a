package com.novastoryteller.engine.embedded;

import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import com.novastoryteller.engine.Narrator;
import com.novastoryteller.engine.NarratorVoice;
import com.novastoryteller.engine.Speech;

/** {@code storyteller.providers.narrator=off}: stories are written and shown, not read aloud. */
@Component
@ConditionalOnProperty(name = "storyteller.providers.narrator", havingValue = "off")
class SilentNarrator implements Narrator {

    @Override
    public List<NarratorVoice> voices() {
        return List.of(new NarratorVoice("storyteller", "No voice: narration is off"));
    }

    @Override
    public boolean speaks(String language) {
        return false;
    }

    @Override
    public boolean isOn() {
        return false;
    }

    @Override
    public String edition() {
        return "off";
    }

    @Override
    public Speech speak(String text, String voice) {
        throw new UnsupportedOperationException("Narration is off");
    }
}
