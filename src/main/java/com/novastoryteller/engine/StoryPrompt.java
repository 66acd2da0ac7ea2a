package com.novastoryteller.engine;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What any language-model provider is asked, in words: the line format of the story (so that it streams, and
 * each line can be checked and spoken the moment it arrives), and everything the family asked for.
 */
public final class StoryPrompt {

    private StoryPrompt() {
    }

    public static String system() {
        return """
                You are a warm, imaginative storyteller for children. You write stories that are safe, kind and \
                exciting, with simple words for the youngest listeners. Write the story in this line format and \
                nothing else (no markdown, no blank lines, no notes):
                TITLE: the story's title (first line only; leave it out when continuing a story)
                PART: the title of a part (each part starts with one)
                NARRATOR: one sentence the storyteller says
                NAME: "one line a character says", with NAME the character's name in capitals
                An interactive story stops at its turning point: a NARRATOR line asks the child what should \
                happen, then two or three CHOICE: lines give the options, and nothing follows them.""";
    }

    public static String user(StoryRequest request) {
        StringBuilder ask = new StringBuilder();
        ask.append("The child asked for: ").append(request.prompt()).append('\n')
                .append("Kind of story: ").append(request.template().displayName()).append('\n')
                .append("Listener: ").append(listener(request.ageBand())).append('\n')
                .append("Length: ").append(request.length().parts()).append(" parts, each a few short paragraphs\n")
                .append("Language: ").append(request.language()).append('\n');
        if (request.title() != null) {
            ask.append("Title: ").append(request.title()).append('\n');
        }
        for (StoryCharacter character : request.characters()) {
            ask.append("Include this character: ").append(character.name()).append(", ").append(character.description())
                    .append('\n');
        }
        if (request.imageDescription() != null) {
            ask.append("The child drew a picture for the story; weave it in: ").append(request.imageDescription())
                    .append('\n');
        }
        if (!request.modifications().isEmpty()) {
            ask.append("Honour every one of the child's changes: ").append(String.join("; ", request.modifications()))
                    .append('\n');
        }
        if (request.interactive()) {
            ask.append("This story is interactive: stop at the turning point and offer the child CHOICE: lines.\n");
        }
        Continuation continuation = request.continuation();
        if (continuation != null) {
            goOn(ask, continuation);
        }
        return ask.toString();
    }

    /** The story so far, and what to write after it: what happens now, the next part, or the path the child chose. */
    private static void goOn(StringBuilder ask, Continuation continuation) {
        ask.append("The story so far (do not repeat it, and write no TITLE line):\n");
        continuation.storySoFar().forEach(line -> ask.append(line).append('\n'));
        ask.append(switch (continuation.kind()) {
            case INTERRUPT -> "The child stopped the story. Now this happens: " + orNothing(continuation.instruction())
                    + ". Carry the story on from here to a happy ending.";
            case CONTINUE -> "Write the next part of the story, starting with a PART: line."
                    + (continuation.instruction() == null ? "" : " In it: " + continuation.instruction() + ".");
            case CHOOSE -> "The child chose: " + orNothing(continuation.instruction())
                    + ". Carry the story on down that path to its end.";
        }).append('\n');
        List<String> path = continuation.path();
        if (path.size() > 1) {
            ask.append("Earlier choices: ").append(String.join("; ", path.subList(0, path.size() - 1))).append('\n');
        }
    }

    private static String listener(AgeBand band) {
        return switch (band) {
            case AGES_5_7 -> "a child of 5 to 7: short sentences, simple words";
            case AGES_8_10 -> "a child of 8 to 10";
            case AGES_11_12 -> "a child of 11 or 12: richer words and longer sentences are fine";
            case LEARNER -> "a child learning English: very simple, clear sentences";
        };
    }

    private static String orNothing(@Nullable String text) {
        return text == null ? "something surprising" : text;
    }
}
