package com.novastoryteller.character;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import jakarta.validation.constraints.Min;

/** How many characters one family's library may hold: each has a portrait on disk and is read on every page. */
@ConfigurationProperties("storyteller.limits")
record CharacterLimits(@DefaultValue("200") @Min(0) int charactersPerFamily) {
}
