package com.novastoryteller.engine.embedded.picture;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/** The words {@link Looks} reads a description by: what starts and ends a phrase, and what names a part, a size, a thing worn. */
final class LookWords {

    static final Set<String> DETERMINERS = Set.of("a", "an", "the", "my", "our", "his", "her", "their", "this", "that", "one",
            "some", "very", "really", "super", "most");
    static final Set<String> STOPS = Set.of("with", "who", "that", "which", "wearing", "in", "and", "has", "have", "had", "is",
            "was", "are", "likes", "loves", "called", "named", "from", "on", "whose", "dressed", "but", "of", "to", "for", "at",
            "always", "sometimes", "holding", "carrying", "by", "like", "wears", "plus", "or");
    static final Set<String> PRONOUNS = Set.of("she", "he", "they", "it", "i", "we", "you");
    static final Set<String> COPULAS = Set.of("is", "was", "are", "am", "'s");
    static final Set<String> EVERYONE = Set.of("girl", "boy", "child", "baby", "woman", "man", "person");
    /** Ranks that say what someone does among others of their kind, not what kind they are. */
    static final Set<String> RANKS = Set.of("captain", "king", "queen", "prince", "princess", "chef");

    /** The young of a kind: "a tiger cub" is a young tiger, "a kitten" a young cat. */
    static final Set<String> YOUNG = Set.of("baby", "cub", "pup", "puppy", "kitten", "calf", "chick", "joey", "foal", "lamb",
            "piglet", "duckling", "fawn", "hatchling", "kit", "owlet", "gosling", "tadpole", "toddler", "infant", "newborn",
            "leveret", "hoglet");
    static final Set<String> OLD = Set.of("old", "elderly", "aged", "ancient", "wrinkly", "wise");

    static final Map<String, String> ACCESSORIES = accessories();
    static final Set<String> HAT_STYLES = Set.of("wizard", "witch", "pirate", "cowboy", "top", "party", "sun", "straw",
            "bobble", "woolly", "santa", "chef", "baseball", "bowler", "cap", "beanie", "beret", "bonnet", "pointy", "pointed",
            "captain", "sailor", "fishing", "detective", "jester");
    static final Set<String> HAIR = Set.of("hair", "curls", "locks", "plaits", "braids", "pigtails", "ponytail", "bun", "afro",
            "fringe", "bangs", "mane", "ringlets", "dreadlocks", "locs", "bunches", "quiff", "mohawk");
    static final Set<String> BEARD = Set.of("beard", "moustache", "mustache", "whiskers", "goatee", "sideburns");
    static final Set<String> BODY = Set.of("fur", "feathers", "scales", "wool", "body", "coat", "skin", "shell", "spots",
            "stripes", "patches", "tail", "ears", "paws", "belly", "tummy", "mane", "spikes", "horns");
    static final Set<String> TOPS = Set.of("dress", "jumper", "sweater", "shirt", "t-shirt", "tshirt", "top", "hoodie",
            "jacket", "overalls", "dungarees", "uniform", "robe", "robes", "gown", "tunic", "pyjamas", "pajamas", "suit", "vest",
            "cardigan", "onesie", "raincoat", "apron", "blouse", "fleece", "jumpsuit", "outfit", "clothes", "frock", "kilt",
            "sari", "kimono", "cloak", "poncho", "tutu", "leotard", "waistcoat", "anorak", "coat");
    static final Set<String> LEGS = Set.of("trousers", "jeans", "shorts", "skirt", "leggings", "tights", "pants", "socks",
            "stockings");
    static final Set<String> SHOES = Set.of("boots", "wellies", "wellingtons", "shoes", "trainers", "sneakers", "sandals",
            "slippers", "wellington");
    static final Set<String> FACE = Set.of("eyes", "nose", "smile", "teeth", "cheeks", "eyebrows", "freckles", "face", "ears",
            "voice", "heart", "laugh", "feet", "hands", "legs", "neck", "head", "tooth", "grin");
    static final Map<String, Double> SIZES = Map.ofEntries(Map.entry("tiny", 0.8), Map.entry("teeny", 0.8),
            Map.entry("wee", 0.85), Map.entry("mini", 0.8), Map.entry("miniature", 0.8), Map.entry("itsy", 0.8),
            Map.entry("little", 0.9), Map.entry("small", 0.9), Map.entry("big", 1.12), Map.entry("large", 1.12),
            Map.entry("huge", 1.22), Map.entry("enormous", 1.22), Map.entry("gigantic", 1.22), Map.entry("massive", 1.22),
            Map.entry("giant", 1.22), Map.entry("great", 1.1));
    static final Set<String> ROUND = Set.of("round", "chubby", "plump", "fat", "podgy", "tubby", "roly-poly", "rotund",
            "chunky", "portly", "pudgy", "cuddly");

    private LookWords() {
    }

    /** The part of them a colour word before this noun colours: "hair", "body", "clothes", an accessory... */
    static @Nullable String colouredPart(String noun) {
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

    /** Whether the word names a part of them or a thing they wear: "eyes", "hair", "jumper", "glasses"; not "body". */
    static boolean namesAPart(String word) {
        return FACE.contains(word) || HAIR.contains(word) || BEARD.contains(word) || TOPS.contains(word) || LEGS.contains(word)
                || SHOES.contains(word) || ACCESSORIES.containsKey(word) || BODY.contains(word) && !word.equals("body");
    }

    /** The hair style a word gives, or null: "ringlets" are curly; "long" is only beside "hair", not "beard". */
    static @Nullable String hairStyle(String word, boolean nearHair, boolean beardNext, boolean denied) {
        return switch (word) {
            case "curly", "wavy", "frizzy" -> nearHair ? "curly" : null;
            case "curls", "ringlets" -> "curly";
            case "straight", "sleek" -> nearHair ? "straight" : null;
            case "long", "short" -> nearHair && !beardNext ? word : null;
            case "braids", "braid", "plaits", "plait", "braided", "plaited", "cornrows", "dreadlocks", "locs" -> "braids";
            case "pigtails", "bunches" -> "pigtails";
            case "ponytail" -> "ponytail";
            case "bun", "topknot" -> "bun";
            case "afro" -> "afro";
            case "spiky", "mohawk" -> nearHair || word.equals("mohawk") ? "spiky" : null;
            case "bald" -> "bald";
            case "beard", "bearded", "goatee" -> denied ? null : "beard";
            case "moustache", "mustache", "moustached" -> denied ? null : "moustache";
            case "freckles", "freckled", "freckly" -> "freckles";
            case "hair" -> denied ? "bald" : null;
            default -> null;
        };
    }

    private static Map<String, String> accessories() {
        Map<String, String> words = new HashMap<>();
        meaning(words, "glasses", "glasses", "spectacles", "specs", "eyeglasses", "monocle");
        meaning(words, "sunglasses", "sunglasses", "shades");
        meaning(words, "goggles", "goggles");
        meaning(words, "hat", "hat", "cap", "beanie", "bonnet", "beret", "sunhat", "stetson", "fedora");
        meaning(words, "crown", "crown");
        meaning(words, "tiara", "tiara", "diadem");
        meaning(words, "cape", "cape", "cloak");
        meaning(words, "scarf", "scarf");
        meaning(words, "wand", "wand");
        meaning(words, "bow", "bow", "ribbon");
        meaning(words, "bowtie", "bowtie");
        meaning(words, "backpack", "backpack", "rucksack", "satchel", "schoolbag", "knapsack", "bag");
        meaning(words, "helmet", "helmet");
        meaning(words, "headphones", "headphones", "earphones", "headset", "earmuffs");
        meaning(words, "necklace", "necklace", "pendant", "locket", "pearls", "beads", "medal", "amulet", "collar");
        meaning(words, "wings", "wings");
        meaning(words, "wheels", "wheels", "wheel");
        meaning(words, "boots", "boots", "wellies", "wellingtons", "wellington");
        meaning(words, "flower", "flower", "daisy");
        for (String same : new String[] { "eyepatch", "mask", "sword", "umbrella", "earrings", "tie" }) {
            meaning(words, same, same);
        }
        return Map.copyOf(words);
    }

    private static void meaning(Map<String, String> words, String accessory, String... said) {
        for (String word : said) {
            words.put(word, accessory);
        }
    }
}
