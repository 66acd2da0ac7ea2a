package com.novastoryteller.engine.embedded.picture;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The colours a description gives, by what they colour: a colour word colours the next thing named within a few
 * words ("curly black hair", "a red and white scarf"); a skin tone word colours the skin.
 */
final class LookColours {

    private static final Set<String> HAIR_ONLY = Set.of("blonde", "blond", "brunette", "auburn");

    private final LookTokens tokens;
    private final Map<String, String> colours = new LinkedHashMap<>();
    private int skinTone = -1;

    LookColours(LookTokens tokens) {
        this.tokens = tokens;
    }

    Map<String, String> byPart() {
        return colours;
    }

    int skinTone() {
        return skinTone;
    }

    /** Reads the word at n, when it is a colour, as the colour of what follows it. */
    void read(int n, String word) {
        boolean hairOnly = HAIR_ONLY.contains(word);
        if (!Palette.isColour(word) && Palette.tone(word) < 0 && !hairOnly) {
            return;
        }
        for (int ahead = n + 1; ahead <= n + 4 && ahead < tokens.size(); ahead++) {
            String next = tokens.at(ahead);
            String target = LookWords.colouredPart(next);
            if (target != null) {
                paint(target, word, tokens.at(n - 1));
                return;
            }
            if (LookWords.STOPS.contains(next) && !next.equals("and") || !Character.isLetter(next.charAt(0)) && !next.equals(",")) {
                break;
            }
        }
        if (tokens.at(n - 1).equals("in") || tokens.at(n - 1).equals("all")) {
            paint("clothes", word, "");
        }
        else if (hairOnly) {
            paint("hair", word, "");
        }
    }

    private void paint(String target, String word, String before) {
        if (target.equals("skin")) {
            int tone = Palette.tone(word);
            if (word.equals("brown") && before.equals("light")) {
                tone = 3;
            }
            if (word.equals("brown") && before.equals("dark")) {
                tone = 5;
            }
            if (tone >= 0) {
                skinTone = skinTone < 0 ? tone : skinTone;
                return;
            }
            target = "body";
        }
        String colour = target.equals("hair") || target.equals("beard") ? Palette.hair(word) : Palette.named(word);
        if (colour == null && Palette.tone(word) >= 0) {
            return;
        }
        if (colour != null) {
            colours.putIfAbsent(target, colour);
        }
    }
}
