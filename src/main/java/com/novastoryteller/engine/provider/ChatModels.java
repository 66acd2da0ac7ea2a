package com.novastoryteller.engine.provider;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.ai.chat.messages.SystemMessage;
import org.springframework.ai.chat.messages.UserMessage;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.ai.content.Media;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.util.MimeType;

import com.novastoryteller.engine.ImageDescriptionPrompt;
import com.novastoryteller.engine.StoryPrompt;
import com.novastoryteller.engine.StoryRequest;
import com.novastoryteller.usage.Usage;

/** The two things the product asks of any Spring AI chat model: write a story, streamed, and read a drawing. */
public final class ChatModels {

    private ChatModels() {
    }

    /** Streams the story, handing on each line as its newline arrives; answers the tokens the model reported. */
    public static Usage write(ChatModel model, StoryRequest request, Consumer<String> lines, Duration timeout) {
        Prompt prompt = new Prompt(List.of(new SystemMessage(StoryPrompt.system()),
                new UserMessage(StoryPrompt.user(request))));
        StoryLines splitter = new StoryLines(lines);
        AtomicReference<Usage> used = new AtomicReference<>(Usage.tokens(0, 0));
        model.stream(prompt).doOnNext(response -> used.set(ChatUsage.of(response, used.get())))
                .map(ChatModels::text).doOnNext(splitter::accept).blockLast(timeout);
        splitter.finish();
        return used.get();
    }

    /** The drawing in one tidy phrase (see {@link ImageDescriptionPrompt}). */
    public static ProviderGuard.Used<String> describe(ChatModel model, byte[] image, @Nullable String caption) {
        UserMessage message = UserMessage.builder().text(ImageDescriptionPrompt.ask(caption))
                .media(new Media(MimeType.valueOf(ImageDescriptionPrompt.mediaType(image)), new ByteArrayResource(image)))
                .build();
        ChatResponse response = model.call(new Prompt(message));
        String phrase = ImageDescriptionPrompt.tidy(text(response));
        if (phrase.isEmpty()) {
            throw new IllegalStateException("An empty description");
        }
        return new ProviderGuard.Used<>(phrase, ChatUsage.of(response, Usage.tokens(0, 0)));
    }

    private static String text(ChatResponse response) {
        if (response.getResult() == null || response.getResult().getOutput().getText() == null) {
            return "";
        }
        return response.getResult().getOutput().getText();
    }
}
