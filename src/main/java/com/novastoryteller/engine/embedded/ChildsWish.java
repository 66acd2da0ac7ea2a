package com.novastoryteller.engine.embedded;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a child asks for ("make a dragon appear", "suddenly it starts raining jelly beans") told as
 * something that happens in the story, in the story's past tense ("a dragon appeared", "it started raining
 * jelly beans"). Only the wish's first verb changes, and only when it is clearly a verb; anything else is
 * kept as the child said it.
 */
final class ChildsWish {

    private static final Pattern POLITE = Pattern.compile("(?i)^(please|and|then|and then|suddenly|now)[,!]?\\s+");
    private static final Pattern CAUSING = Pattern.compile("(?i)^(make|let|have)\\s+(it\\s+so\\s+that\\s+|it\\s+so\\s+)?(.+)$");
    /** Words that start the wish but not a name, so they can go mid-sentence in lower case. */
    private static final Pattern SMALL_FIRST_WORD = Pattern.compile(
            "(A|An|The|It|All|Every|Everyone|Everything|There|Some|Lots|Giant|Big|Little)\\b");
    private static final Pattern WORD = Pattern.compile("[A-Za-z']+");
    /** How far into the wish its verb may be: "the big purple dragon from the moon" is as long as a subject gets. */
    private static final int SUBJECT_WORDS = 7;

    /** Verbs a child's wish is likely to use, with their past tense. */
    private static final Map<String, String> PAST = Map.ofEntries(Map.entry("appear", "appeared"),
            Map.entry("come", "came"), Map.entry("fly", "flew"), Map.entry("dance", "danced"), Map.entry("sing", "sang"),
            Map.entry("fall", "fell"), Map.entry("arrive", "arrived"), Map.entry("rain", "rained"),
            Map.entry("disappear", "disappeared"), Map.entry("grow", "grew"), Map.entry("talk", "talked"),
            Map.entry("laugh", "laughed"), Map.entry("jump", "jumped"), Map.entry("go", "went"),
            Map.entry("glow", "glowed"), Map.entry("run", "ran"), Map.entry("swim", "swam"), Map.entry("speak", "spoke"),
            Map.entry("shine", "shone"), Map.entry("snow", "snowed"), Map.entry("float", "floated"),
            Map.entry("vanish", "vanished"), Map.entry("sparkle", "sparkled"), Map.entry("win", "won"),
            Map.entry("start", "started"), Map.entry("turn", "turned"), Map.entry("begin", "began"),
            Map.entry("become", "became"), Map.entry("land", "landed"), Map.entry("hop", "hopped"), Map.entry("ask", "asked"),
            Map.entry("find", "found"), Map.entry("meet", "met"), Map.entry("see", "saw"), Map.entry("say", "said"),
            Map.entry("get", "got"), Map.entry("explode", "exploded"), Map.entry("change", "changed"),
            Map.entry("open", "opened"), Map.entry("shout", "shouted"), Map.entry("cry", "cried"),
            Map.entry("sneeze", "sneezed"), Map.entry("wake", "woke"), Map.entry("roar", "roared"),
            Map.entry("knock", "knocked"), Map.entry("pop", "popped"), Map.entry("drop", "dropped"),
            Map.entry("slide", "slid"), Map.entry("spin", "spun"), Map.entry("climb", "climbed"),
            Map.entry("crash", "crashed"), Map.entry("bounce", "bounced"), Map.entry("melt", "melted"),
            Map.entry("freeze", "froze"), Map.entry("break", "broke"), Map.entry("build", "built"), Map.entry("eat", "ate"),
            Map.entry("drink", "drank"), Map.entry("wear", "wore"), Map.entry("make", "made"), Map.entry("give", "gave"),
            Map.entry("take", "took"), Map.entry("bring", "brought"), Map.entry("catch", "caught"),
            Map.entry("throw", "threw"), Map.entry("blow", "blew"), Map.entry("shake", "shook"), Map.entry("sit", "sat"),
            Map.entry("sleep", "slept"), Map.entry("hide", "hid"), Map.entry("visit", "visited"), Map.entry("want", "wanted"),
            Map.entry("decide", "decided"), Map.entry("play", "played"), Map.entry("walk", "walked"),
            Map.entry("look", "looked"), Map.entry("stop", "stopped"), Map.entry("try", "tried"), Map.entry("fill", "filled"),
            Map.entry("swing", "swung"), Map.entry("stand", "stood"), Map.entry("hatch", "hatched"),
            Map.entry("roll", "rolled"), Map.entry("chase", "chased"), Map.entry("follow", "followed"),
            Map.entry("help", "helped"), Map.entry("know", "knew"), Map.entry("think", "thought"), Map.entry("lose", "lost"));
    /** Verbs that do not follow the rules. */
    private static final Map<String, String> IRREGULAR = Map.of("is", "was", "are", "were", "am", "was", "has", "had",
            "have", "had", "can", "could", "will", "would", "does", "did", "do", "did", "goes", "went");
    /** After these a plain verb ("they fly") is present tense; after anything else it may be a noun ("a fly"). */
    private static final Set<String> PLURAL_PRONOUNS = Set.of("they", "we", "you", "i", "everyone", "everybody");
    /** After these comes a noun, even when it looks like a verb ("the plays", "a fly"). */
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "some", "my", "his", "her", "their", "its",
            "our", "your", "this", "that", "these", "those", "every");
    private static final Map<String, String> CONTRACTIONS = Map.of("it's", "it was", "there's", "there was",
            "they're", "they were", "we're", "we were", "you're", "you were");
    /** Words that never begin a verb phrase: a wish "with lots of cake" has no verb to change. */
    private static final Set<String> NOT_A_SUBJECT = Set.of("with", "to", "for", "of", "because", "if", "when");

    private ChildsWish() {
    }

    static String asHappening(String wish) {
        String said = wish.strip().replaceAll("[.!?]+$", "");
        for (Matcher polite = POLITE.matcher(said); polite.find(); polite = POLITE.matcher(said)) {
            said = said.substring(polite.end());
        }
        Matcher causing = CAUSING.matcher(said);
        said = causing.matches() ? causing.group(3) : said;
        said = inThePast(said, causing.matches());
        return SMALL_FIRST_WORD.matcher(said).lookingAt() ? Character.toLowerCase(said.charAt(0)) + said.substring(1) : said;
    }

    /**
     * The wish with its first verb in the past tense. After "make", the verb is in its plain form ("a dragon
     * appear"); otherwise it is the present ("a dragon appears", "the stars sing").
     */
    private static String inThePast(String said, boolean plainVerb) {
        Matcher words = WORD.matcher(said);
        String previous = null;
        for (int n = 0; n <= SUBJECT_WORDS && words.find(); n++) {
            String word = words.group().toLowerCase(Locale.ROOT);
            if (n == 0 && NOT_A_SUBJECT.contains(word)) {
                return said;
            }
            String past = CONTRACTIONS.containsKey(word) ? CONTRACTIONS.get(word)
                    : n == 0 || DETERMINERS.contains(previous) ? null : pastOf(word, previous, plainVerb);
            if (past != null) {
                return said.substring(0, words.start()) + past + said.substring(words.end());
            }
            if (PAST.containsValue(word) || word.endsWith("ed") && n > 0) {
                return said;
            }
            previous = word;
        }
        return said;
    }

    private static String pastOf(String word, String previous, boolean plainVerb) {
        if (IRREGULAR.containsKey(word)) {
            return IRREGULAR.get(word);
        }
        boolean afterPlural = previous.endsWith("s") && !previous.endsWith("ss") || PLURAL_PRONOUNS.contains(previous);
        if (PAST.containsKey(word) && (plainVerb || afterPlural)) {
            return PAST.get(word);
        }
        if (plainVerb || !word.endsWith("s")) {
            return null;
        }
        for (String plain : new String[] { word.substring(0, word.length() - 1), stem(word, "es", ""), stem(word, "ies", "y") }) {
            if (plain != null && PAST.containsKey(plain)) {
                return PAST.get(plain);
            }
        }
        return null;
    }

    private static String stem(String word, String ending, String replacement) {
        return word.endsWith(ending) ? word.substring(0, word.length() - ending.length()) + replacement : null;
    }
}
