package com.novastoryteller.engine.openai;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.ai.moderation.Categories;
import org.springframework.ai.moderation.ModerationPrompt;
import org.springframework.ai.moderation.ModerationResult;
import org.springframework.ai.openai.OpenAiModerationModel;
import org.springframework.ai.openai.OpenAiModerationOptions;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import com.novastoryteller.engine.SafetyCategory;
import com.novastoryteller.engine.provider.BehindWordLists;
import com.novastoryteller.usage.Provider;
import com.novastoryteller.usage.ProviderUsage;

/**
 * The safety filter with OpenAI's moderation model ({@code storyteller.providers.safety=openai}) behind the offline
 * word lists (see {@link BehindWordLists}).
 */
@Component
@ConditionalOnProperty(name = "storyteller.providers.safety", havingValue = "openai")
class OpenAiModerationFilter extends BehindWordLists {

    private final OpenAiModerationModel model;

    OpenAiModerationFilter(OpenAiConnection connection, ProviderUsage usage, OpenAiSettings openai) {
        super(Provider.OPENAI, usage);
        this.model = OpenAiModerationModel.builder()
                .options(connection.connect(OpenAiModerationOptions.builder()).model(openai.moderationModel()).build())
                .build();
    }

    @Override
    protected Set<SafetyCategory> flagged(String text) {
        Set<SafetyCategory> flagged = EnumSet.noneOf(SafetyCategory.class);
        for (ModerationResult result : model.call(new ModerationPrompt(text)).getResult().getOutput().getResults()) {
            if (result.isFlagged()) {
                flagged.addAll(categories(result.getCategories()));
            }
        }
        return flagged;
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
