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

/** A phrase that names a missing rule or an unknown slot would break a story only when chosen; find them all up front. */
class PhraseBookTests {

    private static final Set<String> SLOTS = Set.of("hero", "a-kind", "kind", "he", "him", "his", "place", "in-place",
            "thing", "thing-title", "goal", "lesson", "helper", "helper-kind", "obstacle", "obstacle-title", "activity",
            "event", "companion", "companion-first", "picture", "change");
    private static final List<String> RULES_THE_PLAN_TELLS = List.of("title", "place", "thing", "goal", "helper-name",
            "helper-kind", "obstacle", "opening", "hero-intro", "activity", "hobby", "event", "companion-intro",
            "companion-says", "character-says", "detail", "thought", "goal-intro", "goal-speech", "set-off", "journey",
            "discovery", "companion-chat", "obstacle-appears", "obstacle-detail", "worried", "attempt", "feeling",
            "picture", "change", "change-reaction", "helper-arrives", "helper-offer", "hero-answer", "turn", "use-thing",
            "progress", "twist-appears", "twist-speech", "twist-solved", "twist-after", "resolution", "celebrate",
            "friend-thanks", "goodbye", "return-home", "reflection", "closing", "part-begin", "part-journey",
            "part-trouble", "part-help", "part-twist", "part-end");
    private static final Pattern RULE = Pattern.compile("<([a-z0-9-]+)>");
    private static final Pattern SLOT = Pattern.compile("\\{([a-z-]+)\\}");

    @ParameterizedTest
    @EnumSource(Template.class)
    void everyRuleThePlanTellsAndEveryReferenceExists(Template template) {
        Grammar grammar = Grammar.of(template);
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
