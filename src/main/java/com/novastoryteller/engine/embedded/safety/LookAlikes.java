package com.novastoryteller.engine.embedded.safety;

import com.ibm.icu.text.SpoofChecker;

/**
 * Letters read as the letters they imitate: a Cyrillic "і" in "kіll", a Greek "ο" in "pοrn". Each character outside
 * ASCII is replaced by its confusable skeleton (Unicode TR #39, from ICU) when that skeleton is plain ASCII; ASCII
 * itself is left alone, because the skeleton also reads "m" as "rn".
 */
public final class LookAlikes {

    private static final SpoofChecker CONFUSABLES = new SpoofChecker.Builder().build();

    private LookAlikes() {
    }

    public static String folded(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            if (codePoint < 128 || !Character.isLetterOrDigit(codePoint)) {
                folded.appendCodePoint(codePoint);
                return;
            }
            String skeleton = CONFUSABLES.getSkeleton(new String(Character.toChars(codePoint)));
            folded.append(skeleton.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c))
                    ? skeleton : new String(Character.toChars(codePoint)));
        });
        return folded.toString();
    }
}
