package com.novastoryteller.engine.embedded;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import com.novastoryteller.engine.Transcriber;

/** The default: the browser hears the child (the Web Speech API), so nothing is sent to the server to transcribe. */
@Component
@ConditionalOnProperty(name = "storyteller.providers.transcriber", havingValue = "browser", matchIfMissing = true)
class BrowserTranscriber implements Transcriber {

    @Override
    public String transcribe(byte[] audio, String format, String language) {
        throw new UnsupportedOperationException("This installation transcribes in the browser");
    }

    @Override
    public boolean isOn() {
        return false;
    }
}
