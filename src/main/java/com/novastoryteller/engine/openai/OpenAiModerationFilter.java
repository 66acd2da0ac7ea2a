package com.novastoryteller.engine.openai;

import java.util.EnumSet;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ai.moderation.Categories;
import org.springframework.ai.moderation.ModerationPrompt;
import org.springframework.ai.moderation.ModerationResult;
import org.springframework.ai.openai.OpenAiModerationModel;
import org.springframework.ai.openai.OpenAiModerationOptions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import com.novastoryteller.engine.SafetyCategory;
import com.novastoryteller.engine.SafetyFilter;
import com.novastoryteller.engine.SafetyVerdict;
import com.novastoryteller.engine.embedded.EmbeddedSafetyFilter;
import com.novastoryteller.engine.provider.Provider;
import com.novastoryteller.engine.provider.ProviderUsage;
import com.novastoryteller.engine.provider.Usage;

/**
 * The safety filter with OpenAI's moderation model behind the offline word lists
 * ({@code storyteller.providers.safety=openai}): a text the lists already refuse is refused without a call; any
 * other is asked about, and what the model flags is refused too. When the provider cannot answer, the word
 * lists' verdict stands, so the filter never lets through what the offline filter would stop.
 */
@Component
@ConditionalOnProperty(name = "storyteller.providers.safety", havingValue = "openai")
public class OpenAiModerationFilter implements SafetyFilter {

    private static final Logger log = LoggerFactory.getLogger(OpenAiModerationFilter.class);

    private final SafetyFilter wordLists = new EmbeddedSafetyFilter();
    private final OpenAiModerationModel model;
    private final ProviderUsage usage;

    OpenAiModerationFilter(OpenAiConnection connection, ProviderUsage usage,
            @Value("${spring.ai.openai.moderation.options.model:omni-moderation-latest}") String modelName) {
        this.model = OpenAiModerationModel.builder()
                .options(connection.connect(OpenAiModerationOptions.builder()).model(modelName).build())
                .build();
        this.usage = usage;
    }

    @Override
    public SafetyVerdict check(String text) {
        SafetyVerdict offline = wordLists.check(text);
        if (!offline.isSafe() || text.isBlank()) {
            return offline;
        }
        try {
            Set<SafetyCategory> flagged = EnumSet.noneOf(SafetyCategory.class);
            for (ModerationResult result : model.call(new ModerationPrompt(text)).getResult().getOutput().getResults()) {
                if (result.isFlagged()) {
                    flagged.addAll(categories(result.getCategories()));
                }
            }
            usage.used(Provider.OPENAI, "safety", Usage.NONE);
            return new SafetyVerdict(flagged);
        }
        catch (RuntimeException failure) {
            usage.failed(Provider.OPENAI, "safety");
            log.warn("OpenAI moderation could not answer ({}); the word lists' verdict stands",
                    failure.getClass().getSimpleName());
            return offline;
        }
    }

    /** OpenAI's categories in the product's own; a flag with no category the product knows still refuses. */
    private static Set<SafetyCategory> categories(Categories categories) {
        Set<SafetyCategory> found = EnumSet.noneOf(SafetyCategory.class);
        if (categories.isViolence() || categories.isViolenceGraphic()) {
            found.add(SafetyCategory.VIOLENCE);
        }
        if (categories.isSexual() || categories.isSexualMinors()) {
            found.add(SafetyCategory.SEXUAL);
        }
        if (categories.isSelfHarm() || categories.isSelfHarmIntent() || categories.isSelfHarmInstructions()) {
            found.add(SafetyCategory.SELF_HARM);
        }
        if (categories.isHate() || categories.isHateThreatening() || categories.isHarassment()
                || categories.isHarassmentThreatening()) {
            found.add(SafetyCategory.HATE_AND_SWEARING);
        }
        if (categories.isDangerousAndCriminalContent()) {
            found.add(SafetyCategory.WEAPONS_AND_DRUGS);
        }
        if (found.isEmpty()) {
            found.add(SafetyCategory.VIOLENCE);
        }
        return found;
    }
}
