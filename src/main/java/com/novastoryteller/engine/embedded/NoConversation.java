package com.novastoryteller.engine.embedded;

import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import com.novastoryteller.engine.Conversation;

/** The default: no live voice session (there is no offline speech-to-speech model); the microphone types instead. */
@Component
@ConditionalOnProperty(name = "storyteller.providers.conversation", havingValue = "off", matchIfMissing = true)
class NoConversation implements Conversation {

    @Override
    public Turn open(String instructions, List<Line> earlier, Listener listener) {
        throw new UnsupportedOperationException("This installation has no live voice session");
    }

    @Override
    public boolean isOn() {
        return false;
    }
}
