package com.novastoryteller.engine.embedded.picture;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A description's words in lower case, each knowing whether it was typed with a capital (to tell names from nouns). */
final class LookTokens {

    private static final Pattern TOKEN = Pattern.compile("\\p{L}+(?:['-]\\p{L}+)*|\\d+|[;.,!?]");

    /** A word as typed (to tell names from nouns) and in lower case. */
    record Token(String word, boolean capital) {
    }

    private final List<Token> tokens;

    private LookTokens(List<Token> tokens) {
        this.tokens = tokens;
    }

    static LookTokens of(String text) {
        String plain = text.replace('\u2019', '\'')
                .replaceAll("(?i)-haired\\b", " hair").replaceAll("(?i)-skinned\\b", " skin")
                .replaceAll("(?i)-eyed\\b", " eyes").replaceAll("(?i)\\bbow[ -]?ties?\\b", "bowtie")
                .replaceAll("(?i)\\beye[ -]patch\\b", "eyepatch").replaceAll("(?i)\\bt[- ]shirt", "tshirt");
        List<Token> tokens = new ArrayList<>();
        for (Matcher match = TOKEN.matcher(plain); match.find(); ) {
            String typed = match.group();
            String lower = typed.toLowerCase(Locale.ROOT);
            boolean capital = Character.isUpperCase(typed.charAt(0));
            if (lower.endsWith("'s")) {
                String base = lower.substring(0, lower.length() - 2);
                tokens.add(new Token(base, capital));
                if (LookWords.PRONOUNS.contains(base) || base.equals("that") || base.equals("there")) {
                    tokens.add(new Token("is", false));
                }
            }
            else if (lower.contains("-") && Kinds.named(lower) == null && !LookWords.ROUND.contains(lower)) {
                for (String part : lower.split("-")) {
                    tokens.add(new Token(part, capital));
                }
            }
            else {
                tokens.add(new Token(lower, capital));
            }
        }
        return new LookTokens(tokens);
    }

    int size() {
        return tokens.size();
    }

    Token get(int index) {
        return tokens.get(index);
    }

    /** The word at index, or "" before the first and past the last. */
    String at(int index) {
        return index >= 0 && index < tokens.size() ? tokens.get(index).word() : "";
    }

    List<Token> all() {
        return tokens;
    }
}
