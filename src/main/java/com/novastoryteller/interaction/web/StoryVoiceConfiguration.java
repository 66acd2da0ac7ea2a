package com.novastoryteller.interaction.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;

import com.novastoryteller.engine.Conversation;
import com.novastoryteller.interaction.StoryInteractions;
import com.novastoryteller.story.Stories;

/** The live voice session's WebSocket, only where the installation has a conversation provider. */
@Configuration
@EnableWebSocket
class StoryVoiceConfiguration implements WebSocketConfigurer {

    private final Conversation conversation;
    private final Stories stories;
    private final StoryInteractions interactions;

    StoryVoiceConfiguration(Conversation conversation, Stories stories, StoryInteractions interactions) {
        this.conversation = conversation;
        this.stories = stories;
        this.interactions = interactions;
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        if (conversation.isOn()) {
            registry.addHandler(new StoryVoiceSocket(conversation, stories, interactions), "/api/stories/*/voice");
        }
    }
}
