package com.novastoryteller.engine.embedded.picture;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Reads how a character looks from the words a family typed: what they are (the head noun: "a round, grey
 * otter with spectacles" is an otter), what colour each part of them is, what they wear and carry, their hair,
 * their size and their age. Known words are read directly; WordNet is asked only for a head noun the illustrator
 * does not know ("a stoat").
 */
public final class Looks {

    private static final Pattern YEARS = Pattern.compile("\\b(\\d+)(?: |-)?(?:years?|yrs?)(?: |-)?old\\b|\\b(?:aged?) (\\d+)\\b");
    private static final Pattern DENIED = Pattern.compile(".*\\b(no|without|not|never)\\b.*");
    private static final Set<String> BABIES = Set.of("baby", "toddler", "infant", "newborn");
    private static final Set<String> SHE = Set.of("she", "her", "hers", "herself");
    private static final Set<String> HE = Set.of("he", "his", "him", "himself");

    private Looks() {
    }

    public static Look read(@Nullable String description) {
        if (description == null || description.isBlank()) {
            return Look.NOTHING;
        }
        LookTokens tokens = LookTokens.of(description);
        Reading reading = new Reading(tokens, KindReading.of(tokens));
        reading.details();
        reading.years(description.toLowerCase(Locale.ROOT));
        return reading.look();
    }

    /** One reading of one description's details, once what they are is known, filled in word by word. */
    private static final class Reading {

        private final LookTokens tokens;
        private final @Nullable String kind;
        private @Nullable Character gender;
        private Look.@Nullable Age age;
        private double size = 1;
        private boolean tall;
        private boolean round;
        private final LookColours colours;
        private final Set<String> accessories = new LinkedHashSet<>();
        private @Nullable String hatStyle;
        private final Set<String> hair = new LinkedHashSet<>();

        Reading(LookTokens tokens, KindReading what) {
            this.tokens = tokens;
            this.kind = what.kind();
            this.gender = what.gender();
            this.age = what.age();
            this.colours = new LookColours(tokens);
        }

        void details() {
            for (int n = 0; n < tokens.size(); n++) {
                String word = tokens.at(n);
                boolean denied = DENIED.matcher(tokens.at(n - 1) + " " + tokens.at(n - 2)).matches();
                colours.read(n, word);
                accessory(n, word, denied);
                String style = LookWords.hairStyle(word, nearHair(n), LookWords.BEARD.contains(tokens.at(n + 1)), denied);
                if (style != null) {
                    hair.add(style);
                }
                build(word, partFollows(n));
                ageAndGender(word);
            }
        }

        private void accessory(int n, String word, boolean denied) {
            String accessory = LookWords.ACCESSORIES.get(word);
            if (accessory == null || denied || word.equals("bow") && tokens.at(n + 1).equals("and")) {
                return;
            }
            accessories.add(accessory);
            if (accessory.equals("hat") && !word.equals("hat")) {
                hatStyle = hatStyle == null ? word : hatStyle;
            }
            if ((accessory.equals("hat") || accessory.equals("helmet")) && LookWords.HAT_STYLES.contains(tokens.at(n - 1))) {
                hatStyle = tokens.at(n - 1);
            }
        }

        private boolean nearHair(int n) {
            return LookWords.HAIR.contains(tokens.at(n + 1)) || LookWords.HAIR.contains(tokens.at(n + 2))
                    || LookWords.BEARD.contains(tokens.at(n + 1));
        }

        /** Size, height, roundness and old age, from words that describe them and not a part: "big", not "big eyes". */
        private void build(String word, boolean describesAPart) {
            if (describesAPart) {
                return;
            }
            Double sized = LookWords.SIZES.get(word);
            if (sized != null && !(word.equals("giant") && "giant".equals(kind))) {
                size = word.equals("little") && size != 1 ? size : sized;
            }
            if (word.equals("tall")) {
                tall = true;
            }
            if (LookWords.ROUND.contains(word)) {
                round = true;
            }
            if (LookWords.OLD.contains(word) && !word.equals("wise")) {
                age = Look.Age.OLD;
            }
        }

        private void ageAndGender(String word) {
            if (BABIES.contains(word)) {
                age = Look.Age.BABY;
            }
            if (gender == null && SHE.contains(word)) {
                gender = 'f';
            }
            if (gender == null && HE.contains(word)) {
                gender = 'm';
            }
        }

        /** Whether a word names a part or a thing within the next two words: "big eyes", "round glasses", "old hat". */
        private boolean partFollows(int n) {
            for (int ahead = n + 1; ahead <= n + 2; ahead++) {
                String word = tokens.at(ahead);
                if (LookWords.namesAPart(word)) {
                    return true;
                }
                if (LookWords.STOPS.contains(word) || Kinds.named(word) != null) {
                    return false;
                }
            }
            return false;
        }

        void years(String text) {
            Matcher years = YEARS.matcher(text);
            if (years.find()) {
                int old = Integer.parseInt(years.group(1) != null ? years.group(1) : years.group(2));
                age = old <= 2 ? Look.Age.BABY : old <= 12 ? Look.Age.CHILD : old < 65 ? Look.Age.ADULT : Look.Age.OLD;
            }
        }

        Look look() {
            return new Look(kind, gender, age, size, tall, round, Map.copyOf(colours.byPart()), colours.skinTone(),
                    Set.copyOf(accessories), hatStyle, Set.copyOf(hair));
        }
    }
}
