package com.novastoryteller.character;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * A character as a family writes it. Creating or replacing one needs a name; a patch changes only the fields
 * it has. Which image styles and voices there are is checked by {@link CharacterChecks}.
 */
public record CharacterFields(
        @Size(max = 80, message = "A name can be at most 80 characters.") @Nullable String name,
        @Size(max = 1000, message = "A description can be at most 1000 characters.") @Nullable String description,
        @Min(value = 0, message = "An age is 0 or more.") @Max(value = 1000, message = "An age is at most 1000.")
        @Nullable Integer age,
        @Size(max = 40, message = "Gender can be at most 40 characters.") @Nullable String gender,
        @Size(max = 300, message = "Clothing can be at most 300 characters.") @Nullable String clothingStyle,
        @Size(max = 500, message = "Traits can be at most 500 characters.") @Nullable String keyTraits,
        @Nullable String imageStyle,
        @Nullable String voice) {

    /** These fields over {@code base}: what this leaves out stays as it was. */
    CharacterFields over(CharacterFields base) {
        return new CharacterFields(name != null ? name : base.name, description != null ? description : base.description,
                age != null ? age : base.age, gender != null ? gender : base.gender,
                clothingStyle != null ? clothingStyle : base.clothingStyle, keyTraits != null ? keyTraits : base.keyTraits,
                imageStyle != null ? imageStyle : base.imageStyle, voice != null ? voice : base.voice);
    }

    CharacterFields named(String newName) {
        return new CharacterFields(newName, description, age, gender, clothingStyle, keyTraits, imageStyle, voice);
    }
}
