package com.novastoryteller.account.web;

import java.util.List;

import com.novastoryteller.engine.provider.ProviderChoices;

/** A capability whose data goes to a provider, as a family reads it: "writing stories: OpenAI". */
record ProvidersInUse(String capability, String purpose, String provider) {

    static List<ProvidersInUse> of(ProviderChoices choices) {
        return choices.provided().stream()
                .map(choice -> new ProvidersInUse(choice.capability().setting(), choice.capability().purpose(),
                        choice.provider().orElseThrow().displayName()))
                .toList();
    }
}
