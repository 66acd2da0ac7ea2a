package com.novastoryteller.engine.aws;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import com.novastoryteller.engine.SafetyCategory;
import com.novastoryteller.engine.provider.BehindWordLists;
import com.novastoryteller.usage.Provider;
import com.novastoryteller.usage.ProviderUsage;

import software.amazon.awssdk.services.bedrockruntime.model.ApplyGuardrailResponse;
import software.amazon.awssdk.services.bedrockruntime.model.GuardrailAction;
import software.amazon.awssdk.services.bedrockruntime.model.GuardrailAssessment;
import software.amazon.awssdk.services.bedrockruntime.model.GuardrailContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.GuardrailContentFilter;
import software.amazon.awssdk.services.bedrockruntime.model.GuardrailContentSource;

/**
 * The safety filter with a Bedrock guardrail ({@code storyteller.aws.bedrock.guardrail-id}), asked by
 * ApplyGuardrail, behind the offline word lists (see {@link BehindWordLists}).
 */
@Component
@ConditionalOnProperty(name = "storyteller.providers.safety", havingValue = "bedrock")
class BedrockGuardrailFilter extends BehindWordLists {

    private final AwsConnection connection;

    BedrockGuardrailFilter(AwsConnection connection, ProviderUsage usage) {
        super(Provider.BEDROCK, usage);
        if (connection.models().guardrailId() == null || connection.models().guardrailId().isBlank()) {
            throw new IllegalStateException("storyteller.providers.safety=bedrock needs storyteller.aws.bedrock.guardrail-id");
        }
        this.connection = connection;
    }

    @Override
    protected Set<SafetyCategory> flagged(String text) {
        ApplyGuardrailResponse judged = connection.client().applyGuardrail(request -> request
                .guardrailIdentifier(connection.models().guardrailId())
                .guardrailVersion(connection.models().guardrailVersion())
                .source(GuardrailContentSource.OUTPUT)
                .content(GuardrailContentBlock.fromText(block -> block.text(text))));
        return judged.action() == GuardrailAction.GUARDRAIL_INTERVENED ? categories(judged) : Set.of();
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
