package com.novastoryteller.engine.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.novastoryteller.engine.AgeBand;
import com.novastoryteller.engine.Template;
import com.novastoryteller.engine.embedded.reading.Shape;

/**
 * A phrase that names a missing rule or a slot the plan does not fill would break a story only when chosen; find
 * them all up front, in every template with every plot shape (a question is told with the explore shape).
 */
class PhraseBookTests {

    /** The slots the plan fills (StoryPlan.fillSlots), and those it fills just before the rule that uses them. */
    private static final Set<String> SLOTS = Set.of("heroes", "hero", "they", "them", "their", "themselves", "he", "his",
            "was", "is", "has", "we", "us", "our", "we-are", "we're", "place", "in-place", "goal-to", "goal-do", "goal-did",
            "goal-doing", "thing", "thing-title", "helper", "helper-kind", "friend", "obstacle", "obstacle-title", "culprit",
            "change", "choice");
    /** Every rule StoryPlan and EmbeddedStoryWriter tell by name. */
    private static final List<String> RULES_THE_PLAN_TELLS = List.of("title", "place", "helper-name", "helper-kind",
            "obstacle", "opening", "want", "why", "say-want", "prepare", "first-try", "say-try", "detail",
            "progress", "friend-cheer", "obstacle-appears", "past-obstacle", "keep-at-it", "setback", "say-setback",
            "doubt", "change", "change-reaction", "helper-arrives", "idea", "say-idea", "nearly",
            "success", "say-success", "fact-wonder", "after", "lesson", "closing", "character-says", "interruption",
            "interruption-after", "next-begin", "choice-made", "choice", "part-begin", "part-journey",
            "part-trouble", "part-help", "part-twist", "part-end", "part-next");
    private static final Pattern RULE = Pattern.compile("<([a-z0-9-]+)>");
    private static final Pattern SLOT = Pattern.compile("\\{([a-z'-]+)\\}");

    @ParameterizedTest
    @EnumSource(Template.class)
    void everyRuleThePlanTellsAndEveryReferenceExists(Template template) {
        for (Shape shape : Shape.values()) {
            if (shape != Shape.QUESTION) {
                checkAll(Grammar.of(template, shape.id()));
            }
        }
    }

    private static void checkAll(Grammar grammar) {
        for (AgeBand band : AgeBand.values()) {
            Set<String> reached = new HashSet<>();
            for (String rule : RULES_THE_PLAN_TELLS) {
                check(grammar, band, rule, reached);
            }
        }
    }

    private static void check(Grammar grammar, AgeBand band, String rule, Set<String> reached) {
        if (!reached.add(rule)) {
            return;
        }
        List<String> alternatives = grammar.alternatives(rule, band);
        assertThat(alternatives).as("rule %s for ages %s", rule, band.id()).isNotEmpty();
        for (String alternative : alternatives) {
            assertThat(alternative).as("parentheses balance in %s", alternative)
                    .matches(text -> text.chars().filter(c -> c == '(').count() == text.chars().filter(c -> c == ')').count());
            Matcher slots = SLOT.matcher(alternative);
            while (slots.find()) {
                assertThat(SLOTS).as("slot in %s: %s", rule, alternative).contains(slots.group(1));
            }
            Matcher references = RULE.matcher(alternative);
            while (references.find()) {
                check(grammar, band, references.group(1), reached);
            }
        }
    }
}
