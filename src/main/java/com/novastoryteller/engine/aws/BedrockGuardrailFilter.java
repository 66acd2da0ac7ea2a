package com.novastoryteller.engine.aws;

import java.util.EnumSet;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import com.novastoryteller.engine.SafetyCategory;
import com.novastoryteller.engine.SafetyFilter;
import com.novastoryteller.engine.SafetyVerdict;
import com.novastoryteller.engine.embedded.EmbeddedSafetyFilter;
import com.novastoryteller.engine.provider.Provider;
import com.novastoryteller.engine.provider.ProviderUsage;
import com.novastoryteller.engine.provider.Usage;

import software.amazon.awssdk.services.bedrockruntime.model.ApplyGuardrailResponse;
import software.amazon.awssdk.services.bedrockruntime.model.GuardrailAction;
import software.amazon.awssdk.services.bedrockruntime.model.GuardrailAssessment;
import software.amazon.awssdk.services.bedrockruntime.model.GuardrailContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.GuardrailContentFilter;
import software.amazon.awssdk.services.bedrockruntime.model.GuardrailContentSource;

/**
 * The safety filter with a Bedrock guardrail ({@code storyteller.aws.bedrock.guardrail-id}) behind the offline word
 * lists: a text the lists refuse is refused without a call; any other is judged by the guardrail (ApplyGuardrail),
 * and what it blocks is refused too. When Bedrock cannot answer, the word lists' verdict stands.
 */
@Component
@ConditionalOnProperty(name = "storyteller.providers.safety", havingValue = "bedrock")
public class BedrockGuardrailFilter implements SafetyFilter {

    private static final Logger log = LoggerFactory.getLogger(BedrockGuardrailFilter.class);

    private final SafetyFilter wordLists = new EmbeddedSafetyFilter();
    private final AwsConnection connection;
    private final ProviderUsage usage;

    BedrockGuardrailFilter(AwsConnection connection, ProviderUsage usage) {
        if (connection.models().guardrailId() == null || connection.models().guardrailId().isBlank()) {
            throw new IllegalStateException("storyteller.providers.safety=bedrock needs storyteller.aws.bedrock.guardrail-id");
        }
        this.connection = connection;
        this.usage = usage;
    }

    @Override
    public SafetyVerdict check(String text) {
        SafetyVerdict offline = wordLists.check(text);
        if (!offline.isSafe() || text.isBlank()) {
            return offline;
        }
        try {
            ApplyGuardrailResponse judged = connection.client().applyGuardrail(request -> request
                    .guardrailIdentifier(connection.models().guardrailId())
                    .guardrailVersion(connection.models().guardrailVersion())
                    .source(GuardrailContentSource.OUTPUT)
                    .content(GuardrailContentBlock.fromText(block -> block.text(text))));
            usage.used(Provider.BEDROCK, "safety", Usage.characters(text.length()));
            if (judged.action() != GuardrailAction.GUARDRAIL_INTERVENED) {
                return offline;
            }
            return new SafetyVerdict(categories(judged));
        }
        catch (RuntimeException failure) {
            usage.failed(Provider.BEDROCK, "safety");
            log.warn("The Bedrock guardrail could not answer ({}); the word lists' verdict stands",
                    failure.getClass().getSimpleName());
            return offline;
        }
    }

    /** The guardrail's content filters in the product's categories; an intervention with none still refuses. */
    private static Set<SafetyCategory> categories(ApplyGuardrailResponse judged) {
        Set<SafetyCategory> found = EnumSet.noneOf(SafetyCategory.class);
        for (GuardrailAssessment assessment : judged.assessments()) {
            if (assessment.contentPolicy() == null) {
                continue;
            }
            for (GuardrailContentFilter filter : assessment.contentPolicy().filters()) {
                switch (filter.typeAsString()) {
                    case "VIOLENCE" -> found.add(SafetyCategory.VIOLENCE);
                    case "SEXUAL" -> found.add(SafetyCategory.SEXUAL);
                    case "HATE", "INSULTS" -> found.add(SafetyCategory.HATE_AND_SWEARING);
                    case "MISCONDUCT" -> found.add(SafetyCategory.WEAPONS_AND_DRUGS);
                    default -> {
                        // prompt attacks and other filters refuse without a category of their own
                    }
                }
            }
        }
        if (found.isEmpty()) {
            found.add(SafetyCategory.VIOLENCE);
        }
        return found;
    }
}
