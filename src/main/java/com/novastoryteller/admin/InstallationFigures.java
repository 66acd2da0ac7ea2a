package com.novastoryteller.admin;

import org.springframework.stereotype.Service;

import com.novastoryteller.account.AccountAdministration;
import com.novastoryteller.character.Characters;
import com.novastoryteller.generation.GenerationFigures;
import com.novastoryteller.story.StoryModeration;
import com.novastoryteller.usage.ProviderUsage;

/** The installation's figures for the admin's API and console: accounts, stories, characters, writing, usage. */
@Service
public class InstallationFigures {

    private final AccountAdministration accounts;
    private final StoryModeration stories;
    private final Characters characters;
    private final GenerationFigures generation;
    private final ProviderUsage usage;

    InstallationFigures(AccountAdministration accounts, StoryModeration stories, Characters characters,
            GenerationFigures generation, ProviderUsage usage) {
        this.accounts = accounts;
        this.stories = stories;
        this.characters = characters;
        this.generation = generation;
        this.usage = usage;
    }

    public Stats stats() {
        return Stats.of(accounts.counts(), stories.countByStatus(), characters.total(), generation.lastDay(),
                usage.totals());
    }
}
