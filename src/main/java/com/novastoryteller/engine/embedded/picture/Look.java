package com.novastoryteller.engine.embedded.picture;

import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * How a family's words say a character looks ("a round, grey otter with spectacles; red cape").
 *
 * @param kind        what they are, the head noun of the words ("otter"), or null when the words do not say
 * @param gender      'f', 'm', or null when the words do not say
 * @param age         how old they look, or null when the words do not say
 * @param size        how big against others of their kind: 0.8 for tiny, 1 as usual, 1.2 for huge
 * @param tall        long-legged
 * @param round       round, chubby
 * @param colours     colours by what they colour: "body", "hair", "beard", "skin", "eyes", "clothes", "legs", "shoes",
 *                    or an accessory's name ("cape")
 * @param skinTone    0 (palest) to 5 (darkest), or -1 when the words do not say
 * @param accessories what they wear or carry: "glasses", "hat", "crown", "cape", "scarf", "wand", "bow"...
 * @param hatStyle    what kind of hat ("wizard", "top", "cowboy"), or null for a plain one
 * @param hair        how their hair is: "curly", "long", "short", "braids", "bun", "bald", "beard", "moustache"...
 */
public record Look(@Nullable String kind, @Nullable Character gender, @Nullable Age age, double size, boolean tall, boolean round,
        Map<String, String> colours, int skinTone, Set<String> accessories, @Nullable String hatStyle, Set<String> hair) {

    public enum Age {
        BABY, CHILD, ADULT, OLD
    }

    public static final Look NOTHING = new Look(null, null, null, 1, false, false, Map.of(), -1, Set.of(), null, Set.of());

    public boolean wears(String accessory) {
        return accessories.contains(accessory);
    }

    public @Nullable String colour(String of) {
        return colours.get(of);
    }
}
