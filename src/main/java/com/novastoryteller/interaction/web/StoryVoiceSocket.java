package com.novastoryteller.interaction.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.web.socket.BinaryMessage;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.AbstractWebSocketHandler;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;

import com.novastoryteller.account.CurrentUser;
import com.novastoryteller.engine.Conversation;
import com.novastoryteller.interaction.StoryInteractions;
import com.novastoryteller.story.DailyLimitReached;
import com.novastoryteller.story.InteractionRefused;
import com.novastoryteller.story.Stories;
import com.novastoryteller.story.StoryStatus;
import com.novastoryteller.story.StoryView;
import com.novastoryteller.story.UnsafeRequest;
import com.novastoryteller.usage.Payer;
import com.novastoryteller.web.InvalidRequest;
import com.novastoryteller.web.PlainText;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The live voice session on a story ({@code GET /api/stories/{id}/voice}, a WebSocket). The browser sends the child's
 * voice as binary messages (16-bit little-endian mono PCM at 16 kHz) and text messages:
 * {@code {"type":"position","after_segment":n}} (what the child has heard) and {@code {"type":"done"}} (they stopped
 * talking). The server sends the storyteller's voice as binary messages (the same PCM at 24 kHz) and text messages:
 * {@code heard} (the transcript), {@code said}, {@code interrupted}, {@code changed} (the story now goes the child's
 * way), {@code refused} and {@code error}. The child's words become an interrupt at their place in the story, or,
 * once it is told, its next part. Nothing the child says is kept but the instruction the story follows.
 */
class StoryVoiceSocket extends AbstractWebSocketHandler {

    private static final Logger log = LoggerFactory.getLogger(StoryVoiceSocket.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** A pause in the browser sends about 0.25 s of audio per message; more than a few seconds is not a voice. */
    static final int MAX_MESSAGE = 256 * 1024;

    private final Conversation conversation;
    private final Stories stories;
    private final StoryInteractions interactions;
    private final Map<String, Talk> talks = new ConcurrentHashMap<>();

    StoryVoiceSocket(Conversation conversation, Stories stories, StoryInteractions interactions) {
        this.conversation = conversation;
        this.stories = stories;
        this.interactions = interactions;
    }

    /** One open socket: whose, which story, where the child is in it, and what was said. */
    private final class Talk {

        final WebSocketSession socket;
        final CurrentUser user;
        final UUID storyId;
        final List<Conversation.Line> said = new CopyOnWriteArrayList<>();
        volatile int afterSegment = -1;
        volatile Conversation.@Nullable Turn turn;

        Talk(WebSocketSession socket, CurrentUser user, UUID storyId) {
            this.socket = socket;
            this.user = user;
            this.storyId = storyId;
        }
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession raw) throws IOException {
        WebSocketSession socket = new ConcurrentWebSocketSessionDecorator(raw, 10_000, 2 * MAX_MESSAGE);
        raw.setBinaryMessageSizeLimit(MAX_MESSAGE);
        raw.setTextMessageSizeLimit(4096);
        CurrentUser user = raw.getPrincipal() instanceof Authentication signedIn
                && signedIn.getPrincipal() instanceof CurrentUser current ? current : null;
        UUID storyId = storyId(raw.getUri());
        if (user == null || storyId == null) {
            raw.close(CloseStatus.POLICY_VIOLATION.withReason("Not yours"));
            return;
        }
        try {
            stories.find(user, storyId);
        }
        catch (RuntimeException notYours) {
            raw.close(CloseStatus.POLICY_VIOLATION.withReason("No such story"));
            return;
        }
        talks.put(raw.getId(), new Talk(socket, user, storyId));
        send(socket, message("ready"));
    }

    @Override
    protected void handleBinaryMessage(WebSocketSession raw, BinaryMessage message) {
        Talk talk = talks.get(raw.getId());
        if (talk == null || message.getPayloadLength() % 2 != 0) {
            return;
        }
        byte[] pcm = new byte[message.getPayloadLength()];
        message.getPayload().get(pcm);
        Conversation.Turn turn = talk.turn;
        if (turn == null) {
            // Socket messages come outside any request, so the family pays for the turn by name.
            turn = Payer.callFor(talk.user.id(), () -> conversation.open(instructions(talk), List.copyOf(talk.said),
                    listener(talk)));
            talk.turn = turn;
        }
        turn.audio(pcm);
    }

    @Override
    protected void handleTextMessage(WebSocketSession raw, TextMessage message) {
        Talk talk = talks.get(raw.getId());
        if (talk == null) {
            return;
        }
        JsonNode said;
        try {
            said = JSON.readTree(message.getPayload());
        }
        catch (RuntimeException notJson) {
            send(talk.socket, message("error").put("message", "Messages are JSON objects with a type."));
            return;
        }
        switch (said.path("type").asString("")) {
            case "position" -> talk.afterSegment = said.path("after_segment").asInt(-1);
            case "done" -> {
                Conversation.Turn turn = talk.turn;
                talk.turn = null;
                if (turn != null) {
                    turn.finish();
                }
            }
            default -> send(talk.socket, message("error").put("message", "Unknown message type."));
        }
    }

    @Override
    public void afterConnectionClosed(WebSocketSession raw, CloseStatus status) {
        Talk talk = talks.remove(raw.getId());
        if (talk != null && talk.turn != null) {
            talk.turn.finish();
        }
    }

    private Conversation.Listener listener(Talk talk) {
        return new Conversation.Listener() {
            @Override
            public void heard(String transcript) {
                // a recogniser's stray control character would break the narration of the change (MaryXML)
                String text = PlainText.strip(transcript);
                talk.said.add(new Conversation.Line(true, text));
                send(talk.socket, message("heard").put("text", text));
                // off the provider's I/O thread: changing the story writes to the database
                CompletableFuture.runAsync(() -> change(talk, text));
            }

            @Override
            public void said(String text) {
                talk.said.add(new Conversation.Line(false, text));
                send(talk.socket, message("said").put("text", text));
            }

            @Override
            public void spoke(byte[] pcm) {
                try {
                    talk.socket.sendMessage(new BinaryMessage(pcm));
                }
                catch (IOException | IllegalStateException gone) {
                    // the child left; the rest of the answer has nowhere to go
                }
            }

            @Override
            public void interrupted() {
                send(talk.socket, message("interrupted"));
            }

            @Override
            public void ended(@Nullable String failure) {
                send(talk.socket, failure == null ? message("turn-ended") : message("error").put("message", failure));
            }
        };
    }

    /** The child's words steer the story: at their place in it while it is told, or as its next part after. */
    private void change(Talk talk, String words) {
        try {
            StoryView story = stories.find(talk.user, talk.storyId);
            boolean told = story.status() == StoryStatus.READY;
            StoryView changed = told && talk.afterSegment < 0
                    ? interactions.continueStory(talk.user, talk.storyId, words)
                    : interactions.interrupt(talk.user, talk.storyId, Math.max(talk.afterSegment, 0), words);
            send(talk.socket, message("changed").put("action", told && talk.afterSegment < 0 ? "continue" : "interrupt")
                    .put("revision", changed.revision()).put("status", changed.status().name().toLowerCase()));
        }
        catch (UnsafeRequest unsafe) {
            send(talk.socket, message("refused").put("message", "Let's think of something kinder for this story."));
        }
        catch (InvalidRequest | InteractionRefused | DailyLimitReached cannot) {
            send(talk.socket, message("refused").put("message", cannot.getMessage()));
        }
        catch (RuntimeException failed) {
            log.warn("A spoken change could not be made ({})", failed.getClass().getSimpleName());
            send(talk.socket, message("error").put("message", "The story could not change just now."));
        }
    }

    /** Who the storyteller is, and the story so far, for Sonic's system prompt. */
    private String instructions(Talk talk) {
        StoryView story = stories.find(talk.user, talk.storyId);
        return "You are the warm, gentle storyteller of a children's story called \"" + story.title() + "\". The child"
                + " is listening and may tell you what should happen next. When they do, answer in one or two short,"
                + " happy sentences that you will make it happen, and do not tell the story yourself. Keep everything"
                + " kind and safe for a young child. The story so far:\n" + story.storyText();
    }

    private static @Nullable UUID storyId(@Nullable URI uri) {
        if (uri == null) {
            return null;
        }
        String[] path = uri.getPath().split("/");
        try {
            return path.length >= 5 ? UUID.fromString(path[3]) : null;
        }
        catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    private static ObjectNode message(String type) {
        return JSON.createObjectNode().put("type", type);
    }

    private static void send(WebSocketSession socket, ObjectNode message) {
        try {
            socket.sendMessage(new TextMessage(JSON.writeValueAsString(message)));
        }
        catch (IOException | IllegalStateException gone) {
            // the child left
        }
    }
}
