package com.novastoryteller.engine.embedded.picture;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import com.novastoryteller.engine.embedded.reading.Language;
import com.novastoryteller.engine.embedded.reading.Lexicon;

/**
 * Reads how a character looks from the words a family typed: what they are (the head noun: "a round, grey
 * otter with spectacles" is an otter), what colour each part of them is, what they wear and carry, their hair,
 * their size and their age. Known words are read directly; WordNet is asked only for a head noun the illustrator
 * does not know ("a stoat").
 */
public final class Looks {

    private static final Pattern TOKEN = Pattern.compile("\\p{L}+(?:['-]\\p{L}+)*|\\d+|[;.,!?]");
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "my", "our", "his", "her", "their", "this",
            "that", "one", "some", "very", "really", "super", "most");
    private static final Set<String> STOPS = Set.of("with", "who", "that", "which", "wearing", "in", "and", "has", "have",
            "had", "is", "was", "are", "likes", "loves", "called", "named", "from", "on", "whose", "dressed", "but", "of",
            "to", "for", "at", "always", "sometimes", "holding", "carrying", "by", "like", "wears", "plus", "or");
    private static final Set<String> PRONOUNS = Set.of("she", "he", "they", "it", "i", "we", "you");
    private static final Set<String> COPULAS = Set.of("is", "was", "are", "am", "'s");
    private static final Set<String> EVERYONE = Set.of("girl", "boy", "child", "baby", "woman", "man", "person");
    /** Ranks that say what someone does among others of their kind, not what kind they are. */
    private static final Set<String> RANKS = Set.of("captain", "king", "queen", "prince", "princess", "chef");

    /** The young of a kind: "a tiger cub" is a young tiger, "a kitten" a young cat. */
    private static final Set<String> YOUNG = Set.of("baby", "cub", "pup", "puppy", "kitten", "calf", "chick", "joey",
            "foal", "lamb", "piglet", "duckling", "fawn", "hatchling", "kit", "owlet", "gosling", "tadpole", "toddler",
            "infant", "newborn", "leveret", "hoglet");
    private static final Set<String> OLD = Set.of("old", "elderly", "aged", "ancient", "wrinkly", "wise");

    private static final Map<String, String> ACCESSORIES = accessories();
    private static final Set<String> HAT_STYLES = Set.of("wizard", "witch", "pirate", "cowboy", "top", "party", "sun",
            "straw", "bobble", "woolly", "santa", "chef", "baseball", "bowler", "cap", "beanie", "beret", "bonnet",
            "pointy", "pointed", "captain", "sailor", "fishing", "detective", "jester");
    private static final Set<String> HAIR = Set.of("hair", "curls", "locks", "plaits", "braids", "pigtails", "ponytail",
            "bun", "afro", "fringe", "bangs", "mane", "ringlets", "dreadlocks", "locs", "bunches", "quiff", "mohawk");
    private static final Set<String> BEARD = Set.of("beard", "moustache", "mustache", "whiskers", "goatee", "sideburns");
    private static final Set<String> BODY = Set.of("fur", "feathers", "scales", "wool", "body", "coat", "skin", "shell",
            "spots", "stripes", "patches", "tail", "ears", "paws", "belly", "tummy", "mane", "spikes", "horns");
    private static final Set<String> TOPS = Set.of("dress", "jumper", "sweater", "shirt", "t-shirt", "tshirt", "top",
            "hoodie", "jacket", "overalls", "dungarees", "uniform", "robe", "robes", "gown", "tunic", "pyjamas", "pajamas",
            "suit", "vest", "cardigan", "onesie", "raincoat", "apron", "blouse", "fleece", "jumpsuit", "outfit", "clothes",
            "frock", "kilt", "sari", "kimono", "cloak", "poncho", "tutu", "leotard", "waistcoat", "anorak", "coat");
    private static final Set<String> LEGS = Set.of("trousers", "jeans", "shorts", "skirt", "leggings", "tights", "pants",
            "socks", "stockings");
    private static final Set<String> SHOES = Set.of("boots", "wellies", "wellingtons", "shoes", "trainers", "sneakers",
            "sandals", "slippers", "wellington");
    private static final Set<String> FACE = Set.of("eyes", "nose", "smile", "teeth", "cheeks", "eyebrows", "freckles",
            "face", "ears", "voice", "heart", "laugh", "feet", "hands", "legs", "neck", "head", "tooth", "grin");
    private static final Map<String, Double> SIZES = Map.ofEntries(Map.entry("tiny", 0.8), Map.entry("teeny", 0.8),
            Map.entry("wee", 0.85), Map.entry("mini", 0.8), Map.entry("miniature", 0.8), Map.entry("itsy", 0.8),
            Map.entry("little", 0.9), Map.entry("small", 0.9), Map.entry("big", 1.12), Map.entry("large", 1.12),
            Map.entry("huge", 1.22), Map.entry("enormous", 1.22), Map.entry("gigantic", 1.22), Map.entry("massive", 1.22),
            Map.entry("giant", 1.22), Map.entry("great", 1.1));
    private static final Set<String> ROUND = Set.of("round", "chubby", "plump", "fat", "podgy", "tubby", "roly-poly",
            "rotund", "chunky", "portly", "pudgy", "cuddly");
    private static final Pattern YEARS = Pattern.compile("\\b(\\d+)(?: |-)?(?:years?|yrs?)(?: |-)?old\\b|\\b(?:aged?) (\\d+)\\b");

    private Looks() {
    }

    public static Look read(@Nullable String description) {
        if (description == null || description.isBlank()) {
            return Look.NOTHING;
        }
        List<Token> tokens = tokens(description);
        Reading reading = new Reading(tokens);
        reading.kind();
        reading.details();
        reading.years(description.toLowerCase(Locale.ROOT));
        return reading.look();
    }

    /** A word as typed (to tell names from nouns) and in lower case. */
    private record Token(String word, boolean capital) {
    }

    private static List<Token> tokens(String text) {
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
                if (PRONOUNS.contains(base) || base.equals("that") || base.equals("there")) {
                    tokens.add(new Token("is", false));
                }
            }
            else if (lower.contains("-") && Kinds.named(lower) == null && !ROUND.contains(lower)) {
                for (String part : lower.split("-")) {
                    tokens.add(new Token(part, capital));
                }
            }
            else {
                tokens.add(new Token(lower, capital));
            }
        }
        return tokens;
    }

    /** One reading of one description, filled in as it goes. */
    private static final class Reading {

        private final List<Token> tokens;
        private @Nullable String kind;
        private @Nullable Character gender;
        private Look.@Nullable Age age;
        private double size = 1;
        private boolean tall;
        private boolean round;
        private int skinTone = -1;
        private final Map<String, String> colours = new LinkedHashMap<>();
        private final Set<String> accessories = new LinkedHashSet<>();
        private @Nullable String hatStyle;
        private final Set<String> hair = new LinkedHashSet<>();

        Reading(List<Token> tokens) {
            this.tokens = tokens;
        }

        private String at(int index) {
            return index >= 0 && index < tokens.size() ? tokens.get(index).word() : "";
        }

        /** What they are: the kind named where the words say what someone is, the head noun when it is no known kind. */
        void kind() {
            List<Integer> starts = new ArrayList<>();
            int first = 0;
            boolean startsWithAName = tokens.get(0).capital() && Kinds.named(at(0)) == null && !DETERMINERS.contains(at(0));
            if (PRONOUNS.contains(at(0)) || startsWithAName) {
                first = COPULAS.contains(at(1)) ? 2 : -1;
            }
            if (first >= 0) {
                starts.add(first);
            }
            Integer dressedAs = null;
            for (int n = 0; n < tokens.size(); n++) {
                if (COPULAS.contains(at(n)) && (at(n + 1).equals("a") || at(n + 1).equals("an"))) {
                    starts.add(n + 1);
                }
                if (at(n).equals("dressed") || at(n).equals("disguised")) {
                    int as = at(n + 1).equals("up") ? n + 2 : n + 1;
                    if (at(as).equals("as")) {
                        dressedAs = as + 1;
                    }
                }
            }
            for (int start : starts) {
                String found = kindIn(phrase(start));
                if (found != null) {
                    kind = found;
                    break;
                }
            }
            String costume = dressedAs == null ? null : kindIn(phrase(dressedAs));
            if (costume != null && (kind == null || EVERYONE.contains(kind))) {
                kind = costume;
            }
            for (Token token : tokens) {
                Kind named = Kinds.named(token.word());
                if (named != null && named.parts().containsKey("gender")) {
                    gender = gender != null ? gender : named.part("gender", "").charAt(0);
                }
            }
            if (kind == null) {
                for (int start : starts) {
                    kind = headNoun(phrase(start));
                    if (kind != null) {
                        break;
                    }
                }
            }
        }

        /** The words from start that name one thing: "a round, grey otter", up to "with", "who" and the like. */
        private List<Token> phrase(int start) {
            List<Token> words = new ArrayList<>();
            int n = start;
            while (n < tokens.size() && DETERMINERS.contains(at(n))) {
                n++;
            }
            for (; n < tokens.size() && words.size() < 7; n++) {
                String word = at(n);
                if (word.equals(",") && n + 1 < tokens.size() && Character.isLetter(at(n + 1).charAt(0))
                        && !STOPS.contains(at(n + 1))) {
                    continue;
                }
                if (STOPS.contains(word) || !Character.isLetterOrDigit(word.charAt(0))) {
                    break;
                }
                words.add(tokens.get(n));
            }
            return words;
        }

        /**
         * The phrase's kind: its last kind word, unless that is only "girl" or "cub" beside a more telling one, or a
         * rank after one ("a pirate captain" is a pirate).
         */
        private @Nullable String kindIn(List<Token> phrase) {
            Kind chosen = null;
            String chosenWord = null;
            Kind plain = null;
            for (int n = 0; n < phrase.size(); n++) {
                String word = phrase.get(n).word();
                String pairWords = n + 1 < phrase.size() ? word + " " + phrase.get(n + 1).word() : "";
                Kind pair = known(pairWords);
                Kind kind = pair != null ? pair : known(word);
                String said = pair != null ? pairWords : word;
                if (pair != null) {
                    n++;
                }
                if (kind == null) {
                    continue;
                }
                if (YOUNG.contains(word)) {
                    age = Look.Age.BABY;
                }
                if (EVERYONE.contains(kind.name())) {
                    plain = kind;
                    if (kind.name().equals("girl") || kind.name().equals("boy")) {
                        age = age == null ? Look.Age.CHILD : age;
                    }
                }
                else if (chosen == null || !YOUNG.contains(word) && !RANKS.contains(kind.name())) {
                    chosen = kind;
                    // a near relative keeps its own name, so that the picture can say what it drew it as
                    chosenWord = Kinds.named(said) != null ? kind.name() : Kinds.singular(said);
                }
            }
            return chosen != null ? chosenWord : plain == null ? null : plain.name();
        }

        private static @Nullable Kind known(String word) {
            if (word.isEmpty()) {
                return null;
            }
            Kind kind = Kinds.named(word);
            return kind != null ? kind : Kinds.near(word);
        }

        /** The last word of the phrase that WordNet says is a living thing, for kinds the illustrator has no name for. */
        private @Nullable String headNoun(List<Token> phrase) {
            Lexicon lexicon = null;
            for (int n = phrase.size() - 1; n >= 0; n--) {
                Token token = phrase.get(n);
                String word = token.word();
                if (token.capital() || PRONOUNS.contains(word) || Palette.isColour(word) || SIZES.containsKey(word)
                        || ROUND.contains(word) || OLD.contains(word) || word.length() < 3 || !word.chars().allMatch(Character::isLetter)) {
                    continue;
                }
                lexicon = lexicon == null ? Language.get().lexicon() : lexicon;
                if (lexicon.isNoun(word) && lexicon.sortOf(word).isAlive()) {
                    return lexicon.nounLemma(word);
                }
            }
            return null;
        }

        void details() {
            for (int n = 0; n < tokens.size(); n++) {
                String word = at(n);
                String negation = at(n - 1) + " " + at(n - 2);
                boolean denied = negation.matches(".*\\b(no|without|not|never)\\b.*");
                colour(n, word);
                String accessory = ACCESSORIES.get(word);
                if (accessory != null && !denied && !(word.equals("bow") && at(n + 1).equals("and"))) {
                    accessories.add(accessory);
                    if (accessory.equals("hat") && !word.equals("hat")) {
                        hatStyle = hatStyle == null ? word : hatStyle;
                    }
                    if ((accessory.equals("hat") || accessory.equals("helmet")) && HAT_STYLES.contains(at(n - 1))) {
                        hatStyle = at(n - 1);
                    }
                }
                hair(n, word, denied);
                boolean describesAPart = partFollows(n);
                Double sized = SIZES.get(word);
                if (sized != null && !describesAPart && !(word.equals("giant") && "giant".equals(kind))) {
                    size = word.equals("little") && size != 1 ? size : sized;
                }
                if (word.equals("tall") && !describesAPart) {
                    tall = true;
                }
                if (ROUND.contains(word) && !describesAPart) {
                    round = true;
                }
                if (OLD.contains(word) && !describesAPart && !word.equals("wise")) {
                    age = Look.Age.OLD;
                }
                if (word.equals("baby") || word.equals("toddler") || word.equals("infant") || word.equals("newborn")) {
                    age = Look.Age.BABY;
                }
                if (gender == null && Set.of("she", "her", "hers", "herself").contains(word)) {
                    gender = 'f';
                }
                if (gender == null && Set.of("he", "his", "him", "himself").contains(word)) {
                    gender = 'm';
                }
            }
        }

        /** Whether a word names a part or a thing within the next two words: "big eyes", "round glasses", "old hat". */
        private boolean partFollows(int n) {
            for (int ahead = n + 1; ahead <= n + 2; ahead++) {
                String word = at(ahead);
                if (FACE.contains(word) || HAIR.contains(word) || BEARD.contains(word) || TOPS.contains(word)
                        || LEGS.contains(word) || SHOES.contains(word) || ACCESSORIES.containsKey(word)
                        || BODY.contains(word) && !word.equals("body")) {
                    return true;
                }
                if (STOPS.contains(word) || Kinds.named(word) != null) {
                    return false;
                }
            }
            return false;
        }

        /** A colour word colours the next thing named within a few words: "curly black hair", "a red and white scarf". */
        private void colour(int n, String word) {
            boolean hairOnly = Set.of("blonde", "blond", "brunette", "auburn").contains(word);
            if (!Palette.isColour(word) && Palette.tone(word) < 0 && !hairOnly) {
                return;
            }
            for (int ahead = n + 1; ahead <= n + 4 && ahead < tokens.size(); ahead++) {
                String next = at(ahead);
                String target = target(next);
                if (target != null) {
                    paint(target, word, at(n - 1));
                    return;
                }
                if (STOPS.contains(next) && !next.equals("and") || !Character.isLetter(next.charAt(0)) && !next.equals(",")) {
                    break;
                }
            }
            if (at(n - 1).equals("in") || at(n - 1).equals("all")) {
                paint("clothes", word, "");
            }
            else if (hairOnly) {
                paint("hair", word, "");
            }
        }

        private @Nullable String target(String noun) {
            if (HAIR.contains(noun)) {
                return "hair";
            }
            if (BEARD.contains(noun)) {
                return "beard";
            }
            if (noun.equals("skin")) {
                return "skin";
            }
            if (noun.equals("eyes") || noun.equals("wings")) {
                return noun;
            }
            if (noun.equals("spots") || noun.equals("stripes") || noun.equals("patches")) {
                return "pattern";
            }
            if (BODY.contains(noun) && !noun.equals("coat") || Kinds.named(noun) != null) {
                return "body";
            }
            if (TOPS.contains(noun)) {
                return "clothes";
            }
            if (LEGS.contains(noun)) {
                return "legs";
            }
            if (SHOES.contains(noun)) {
                return "shoes";
            }
            return ACCESSORIES.get(noun);
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

        private void hair(int n, String word, boolean denied) {
            boolean nearHair = HAIR.contains(at(n + 1)) || HAIR.contains(at(n + 2)) || BEARD.contains(at(n + 1));
            switch (word) {
                case "curly", "wavy", "frizzy" -> {
                    if (nearHair) {
                        hair.add("curly");
                    }
                }
                case "curls", "ringlets" -> hair.add("curly");
                case "straight", "sleek" -> {
                    if (nearHair) {
                        hair.add("straight");
                    }
                }
                case "long", "short" -> {
                    if (nearHair && !BEARD.contains(at(n + 1))) {
                        hair.add(word);
                    }
                }
                case "braids", "braid", "plaits", "plait", "braided", "plaited", "cornrows", "dreadlocks", "locs" -> hair.add("braids");
                case "pigtails", "bunches" -> hair.add("pigtails");
                case "ponytail" -> hair.add("ponytail");
                case "bun", "topknot" -> hair.add("bun");
                case "afro" -> hair.add("afro");
                case "spiky", "mohawk" -> {
                    if (nearHair || word.equals("mohawk")) {
                        hair.add("spiky");
                    }
                }
                case "bald" -> hair.add("bald");
                case "beard", "bearded", "goatee" -> {
                    if (!denied) {
                        hair.add("beard");
                    }
                }
                case "moustache", "mustache", "moustached" -> {
                    if (!denied) {
                        hair.add("moustache");
                    }
                }
                case "freckles", "freckled", "freckly" -> hair.add("freckles");
                case "hair" -> {
                    if (denied) {
                        hair.add("bald");
                    }
                }
                default -> {
                }
            }
        }

        void years(String text) {
            Matcher years = YEARS.matcher(text);
            if (years.find()) {
                int old = Integer.parseInt(years.group(1) != null ? years.group(1) : years.group(2));
                age = old <= 2 ? Look.Age.BABY : old <= 12 ? Look.Age.CHILD : old < 65 ? Look.Age.ADULT : Look.Age.OLD;
            }
        }

        Look look() {
            return new Look(kind, gender, age, size, tall, round, Map.copyOf(colours), skinTone, Set.copyOf(accessories),
                    hatStyle, Set.copyOf(hair));
        }
    }

    private static Map<String, String> accessories() {
        Map<String, String> words = new LinkedHashMap<>();
        for (String word : new String[] { "glasses", "spectacles", "specs", "eyeglasses", "monocle" }) {
            words.put(word, "glasses");
        }
        words.put("sunglasses", "sunglasses");
        words.put("shades", "sunglasses");
        words.put("goggles", "goggles");
        for (String word : new String[] { "hat", "cap", "beanie", "bonnet", "beret", "sunhat", "stetson", "fedora" }) {
            words.put(word, "hat");
        }
        words.put("crown", "crown");
        words.put("tiara", "tiara");
        words.put("diadem", "tiara");
        words.put("cape", "cape");
        words.put("cloak", "cape");
        words.put("scarf", "scarf");
        words.put("wand", "wand");
        words.put("bow", "bow");
        words.put("ribbon", "bow");
        words.put("bowtie", "bowtie");
        for (String word : new String[] { "backpack", "rucksack", "satchel", "schoolbag", "knapsack", "bag" }) {
            words.put(word, "backpack");
        }
        words.put("helmet", "helmet");
        for (String word : new String[] { "headphones", "earphones", "headset", "earmuffs" }) {
            words.put(word, "headphones");
        }
        for (String word : new String[] { "necklace", "pendant", "locket", "pearls", "beads", "medal", "amulet" }) {
            words.put(word, "necklace");
        }
        words.put("wings", "wings");
        words.put("collar", "necklace");
        words.put("wheels", "wheels");
        words.put("wheel", "wheels");
        for (String word : new String[] { "boots", "wellies", "wellingtons", "wellington" }) {
            words.put(word, "boots");
        }
        words.put("flower", "flower");
        words.put("daisy", "flower");
        words.put("eyepatch", "eyepatch");
        words.put("mask", "mask");
        words.put("sword", "sword");
        words.put("umbrella", "umbrella");
        words.put("earrings", "earrings");
        words.put("tie", "tie");
        return Map.copyOf(words);
    }
}
