package com.novastoryteller.engine.embedded.reading;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.novastoryteller.engine.embedded.reading.Lexicon.Sort;

/** The shape of story a verb asks for: "fix" is mending, "find" finding; a verb not listed goes by its WordNet family. */
final class VerbShapes {

    private static final Map<String, Shape> SHAPES = shapes();

    private final Lexicon lexicon;

    VerbShapes(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    Shape of(String verb, @Nullable Mention object, Clause clause) {
        String objectHead = object == null || object.head == null ? "" : object.head;
        if (List.of("friend", "friends", "pal", "buddy").contains(objectHead) || clause.particles.contains("company")) {
            return Shape.BEFRIEND;
        }
        if (verb.equals("open") && GoalWords.OPENABLE.contains(objectHead)) {
            return Shape.FIND;
        }
        Shape shape = SHAPES.get(verb);
        if (shape == null) {
            for (String relative : lexicon.verbFamily(verb)) {
                shape = SHAPES.get(relative);
                if (shape != null) {
                    break;
                }
            }
        }
        if (shape == Shape.FIND && object != null && object.sort == Sort.PLACE) {
            return Shape.EXPLORE;
        }
        if (shape == Shape.LEARN && object != null && object.preposition.matches("to|into|across|over|through|around|onto")) {
            // "fly to the moon", "swim across the lake": a journey, not a skill
            return Shape.EXPLORE;
        }
        return shape == null ? Shape.WISH : shape;
    }

    private static Map<String, Shape> shapes() {
        Map<String, Shape> shapes = new HashMap<>();
        put(shapes, Shape.MEND, "fix", "repair", "mend", "restore", "heal", "clean", "cure", "rebuild", "patch", "tidy",
                "wash", "polish", "unstick", "untangle", "restart", "rescue");
        put(shapes, Shape.MAKE, "make", "build", "bake", "cook", "create", "paint", "draw", "invent", "open", "design",
                "knit", "sew", "write", "compose", "construct", "brew", "decorate", "craft", "throw", "prepare", "produce");
        put(shapes, Shape.GROW, "grow", "become", "turn", "change", "hatch", "bloom", "blossom", "transform", "plant");
        put(shapes, Shape.FIND, "find", "discover", "search", "seek", "look", "recover", "locate", "hunt", "uncover",
                "catch", "spot", "track", "dig", "retrieve", "get");
        put(shapes, Shape.RESCUE, "rescue", "save", "free", "help", "protect", "guard", "feed", "wake", "comfort", "cheer");
        put(shapes, Shape.LEARN, "learn", "train", "practise", "practice", "master", "fly", "swim", "dance", "ride",
                "read", "sing", "jump", "fit", "stay", "skate", "ski", "whistle", "juggle", "balance", "count", "spell",
                "float", "roar", "speak");
        put(shapes, Shape.WIN, "win", "beat", "compete", "score", "race");
        put(shapes, Shape.DELIVER, "deliver", "carry", "bring", "take", "send", "return", "phone", "post", "fetch", "call",
                "ferry", "pull", "push", "move", "lift", "mail", "drag", "tow");
        put(shapes, Shape.EXPLORE, "visit", "explore", "see", "travel", "land", "reach", "go", "sail", "tour", "walk",
                "journey", "cross", "climb", "come", "enter", "wander", "roam", "drive");
        put(shapes, Shape.BEFRIEND, "befriend", "meet", "hug", "greet", "welcome", "keep", "play", "join");
        put(shapes, Shape.SOLVE, "solve", "investigate", "figure", "crack", "detect", "explain");
        put(shapes, Shape.SHARE, "share", "give", "swap", "trade", "lend", "split", "exchange", "donate", "offer");
        shapes.put("rescue", Shape.RESCUE);
        return Map.copyOf(shapes);
    }

    private static void put(Map<String, Shape> shapes, Shape shape, String... verbs) {
        for (String verb : verbs) {
            shapes.put(verb, shape);
        }
    }
}
