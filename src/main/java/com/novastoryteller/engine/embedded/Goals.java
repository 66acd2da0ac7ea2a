package com.novastoryteller.engine.embedded;

import org.jspecify.annotations.Nullable;

import com.novastoryteller.engine.Template;
import com.novastoryteller.engine.embedded.reading.Goal;
import com.novastoryteller.engine.embedded.reading.Phrase;
import com.novastoryteller.engine.embedded.reading.Shape;
import com.novastoryteller.engine.embedded.reading.StoryIdea;

/**
 * The goal of a request that names none ("the clock tower that stopped at midnight", "an old fisherman"):
 * a mystery solves the request itself, a lesson finds out about it, other stories explore where they happen.
 * A question the fact base knows is answered; one it does not know becomes a story about starting to find out.
 */
final class Goals {

    private Goals() {
    }

    static Goal orDefault(StoryIdea idea, Template template, FactBase.@Nullable Topic topic) {
        Goal goal = idea.goal();
        if (goal != null && goal.shape() == Shape.QUESTION) {
            String question = goal.question() == null ? idea.retold() : goal.question();
            return topic != null ? new Goal(Shape.QUESTION, "find", "out", null, question, question)
                    : new Goal(Shape.QUESTION, "start", "finding out", null, question, question);
        }
        if (goal != null) {
            return goal;
        }
        return switch (template) {
            case MYSTERY -> new Goal(Shape.SOLVE, "solve", "the mystery of", null, idea.retold(), null);
            case EDUCATIONAL -> topic != null
                    ? new Goal(Shape.QUESTION, "find", "out", null, topic.question(), topic.question())
                    : new Goal(Shape.EXPLORE, "find", "out all about", null, idea.retold(), null);
            default -> {
                Phrase place = idea.place();
                yield place != null ? new Goal(Shape.EXPLORE, "explore", "", Phrase.of("", place.words(), place.head()), "", null)
                        : new Goal(Shape.WISH, "make", "", Phrase.of("", "a wish come true", "wish"), "", null);
            }
        };
    }
}
