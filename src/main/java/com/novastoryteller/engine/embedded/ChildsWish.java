package com.novastoryteller.engine.embedded;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a child asks for ("make a dragon appear", "suddenly it starts raining jelly beans") told as
 * something that happens in the story ("a dragon appeared", "it starts raining jelly beans").
 */
final class ChildsWish {

    private static final Pattern POLITE = Pattern.compile("(?i)^(please|and|then|and then|suddenly|now)[,!]?\\s+");
    private static final Pattern CAUSING = Pattern.compile("(?i)^(make|let|have)\\s+(it\\s+so\\s+that\\s+|it\\s+so\\s+)?(.+)$");
    /** Words that start the wish but not a name, so they can go mid-sentence in lower case. */
    private static final Pattern SMALL_FIRST_WORD = Pattern.compile(
            "(A|An|The|It|All|Every|Everyone|Everything|There|Some|Lots|Giant|Big|Little)\\b");
    private static final Pattern LAST_WORD = Pattern.compile("(.*\\s)([a-z]+)$");
    private static final Map<String, String> PAST = Map.ofEntries(Map.entry("appear", "appeared"),
            Map.entry("come", "came"), Map.entry("fly", "flew"), Map.entry("dance", "danced"), Map.entry("sing", "sang"),
            Map.entry("fall", "fell"), Map.entry("arrive", "arrived"), Map.entry("rain", "rained"),
            Map.entry("disappear", "disappeared"), Map.entry("grow", "grew"), Map.entry("talk", "talked"),
            Map.entry("laugh", "laughed"), Map.entry("jump", "jumped"), Map.entry("go", "went"),
            Map.entry("glow", "glowed"), Map.entry("run", "ran"), Map.entry("swim", "swam"), Map.entry("speak", "spoke"),
            Map.entry("shine", "shone"), Map.entry("snow", "snowed"), Map.entry("float", "floated"),
            Map.entry("vanish", "vanished"), Map.entry("sparkle", "sparkled"), Map.entry("win", "won"));

    private ChildsWish() {
    }

    static String asHappening(String wish) {
        String said = wish.strip().replaceAll("[.!?]+$", "");
        for (Matcher polite = POLITE.matcher(said); polite.find(); polite = POLITE.matcher(said)) {
            said = said.substring(polite.end());
        }
        Matcher causing = CAUSING.matcher(said);
        if (causing.matches()) {
            said = causing.group(3);
            Matcher last = LAST_WORD.matcher(said);
            if (last.matches() && PAST.containsKey(last.group(2).toLowerCase(Locale.ROOT))) {
                said = last.group(1) + PAST.get(last.group(2).toLowerCase(Locale.ROOT));
            }
        }
        return SMALL_FIRST_WORD.matcher(said).lookingAt() ? Character.toLowerCase(said.charAt(0)) + said.substring(1) : said;
    }
}
