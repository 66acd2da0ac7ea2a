package com.novastoryteller.engine.embedded;

import java.util.List;
import java.util.Map;

import com.novastoryteller.engine.Template;

/**
 * The vocabulary of one kind of story: where it happens when the prompt names no place, what the hero
 * wants, what stands in the way, who helps, what turns it round, and how it ends. Sentences name
 * their slots in braces: {hero}, {place}, {thing}, {goal}, {helper}.
 */
record StoryWorld(List<String> places, List<String> goals, List<String> things, List<Helper> helpers,
        List<String> setups, List<String> obstacles, List<String> turns, List<String> endings, List<String> closings,
        List<String> details) {

    record Helper(String name, String kind) {
    }

    static StoryWorld of(Template template) {
        return WORLDS.get(template);
    }

    private static final List<String> SETUPS = List.of(
            "{hero} lived (near|close to|not far from) {place}.",
            "Every (morning|day), {hero} (looked out at|walked to|visited) {place}.",
            "{hero} had always (loved|liked|wondered about) {place}.",
            "One (bright|sunny|windy|quiet) morning, {hero} woke up near {place} with a (big|new|brilliant) idea.",
            "Nobody knew {place} better than {hero}.");

    private static final List<String> CLOSINGS = List.of(
            "What would you have done if you were {hero}?",
            "Who would you (like to take|bring) on an adventure like this one?",
            "Being brave does not mean you are never scared. It means you keep going.",
            "Friends who help each other can do (almost anything|wonderful things).",
            "What do you think {hero} will (do|find) (tomorrow|next time)?",
            "A kind heart is the best thing to carry on any (journey|adventure).",
            "(Asking|It is always fine to ask) for help is a brave thing to do.");

    private static final Map<Template, StoryWorld> WORLDS = Map.of(
            Template.ADVENTURE, new StoryWorld(
                    List.of("green hills", "blue river", "old forest", "sandy island"),
                    List.of("find the hidden treasure", "reach the top of the tallest hill", "bring a lost map back home"),
                    List.of("map", "compass", "lantern"),
                    List.of(new Helper("Pip", "parrot"), new Helper("Tilly", "turtle"), new Helper("Rufus", "fox")),
                    SETUPS,
                    List.of("Then a (wide|deep|rushing) river blocked the (way|path).", "Then a (strong|sudden|chilly) wind blew the map (away|into a tree|over the hill).",
                            "Soon the path split into (three|two), and {hero} did not know which way to (go|turn)."),
                    List.of("{helper} the {kind} knew a (secret|hidden|quiet) way (across|around|through).", "{helper} the {kind} pointed to a line of stepping stones.",
                            "{helper} the {kind} said that the stars could show the way."),
                    List.of("(At last|Finally|In the end), {hero} reached the (end of the trail|top of the hill|place they had dreamed of).", "Step by step, {hero} made it (through|all the way|to the end)."),
                    CLOSINGS,
                    List.of("The air smelled of (pine trees|wild flowers|warm bread) and (wet grass|sunshine|the sea).", "(Tall ferns|Bright poppies|Soft reeds) waved (gently|slowly) beside the (path|stream).",
                            "Far away, a (waterfall|lake|little stream) sparkled in the (sunshine|morning light).")),
            Template.FANTASY, new StoryWorld(
                    List.of("enchanted forest", "castle in the clouds", "valley of singing flowers"),
                    List.of("wake the sleeping moon", "find a lost spell", "bring color back to the rainbow"),
                    List.of("wand", "magic key", "glowing stone"),
                    List.of(new Helper("Luma", "fairy"), new Helper("Oberon", "owl"), new Helper("Sprig", "elf")),
                    SETUPS,
                    List.of("But a (grumpy|sleepy|stubborn) troll guarded the (bridge|gate|path).", "But the magic was fading (fast|more every hour).",
                            "But a thick silver fog covered the whole land."),
                    List.of("{helper} the {kind} whispered a kind spell.", "{helper} the {kind} sprinkled a little stardust.",
                            "{helper} the {kind} taught {hero} a song that made the fog melt away."),
                    List.of("The magic came back, (brighter|stronger|warmer) than ever.", "The whole (land|valley|kingdom) began to (glow|sparkle|sing) again."),
                    CLOSINGS,
                    List.of("Tiny (lights|sparks|stars) floated between the (trees|flowers) like fireflies.", "The flowers hummed a (soft|sweet), (sleepy|happy) tune.",
                            "Everything shimmered as if it were made of dew.")),
            Template.SCI_FI, new StoryWorld(
                    List.of("space station", "red planet", "ring of a giant planet", "moon base"),
                    List.of("fix the broken rocket", "say hello to a new planet", "find a friendly star"),
                    List.of("rocket", "robot helper", "star map"),
                    List.of(new Helper("Beep", "robot"), new Helper("Nova", "comet"), new Helper("Zib", "alien")),
                    SETUPS,
                    List.of("Then the engine gave a loud (clunk|bang|whirr) and (stopped|went quiet).", "Then a cloud of space dust hid every star.",
                            "Then the (radio|screen|control panel) went (silent|dark)."),
                    List.of("{helper} the {kind} knew how to fix the wires.", "{helper} the {kind} lit up the dark with a bright glow.",
                            "{helper} the {kind} sent a message in blinking lights."),
                    List.of("The rocket (zoomed|raced|flew) forward again.", "The stars shone (clearly|brightly) once more."),
                    CLOSINGS,
                    List.of("Outside the window, (planets|moons) turned slowly in the (dark|velvet black).", "Screens blinked with (numbers|colors) and tiny maps.",
                            "Everything floated gently, because there was no gravity.")),
            Template.MYSTERY, new StoryWorld(
                    List.of("old library", "quiet village", "big house on the hill"),
                    List.of("find out who took the golden key", "solve the puzzle of the missing cake", "follow the strange footprints"),
                    List.of("magnifying glass", "notebook", "torch"),
                    List.of(new Helper("Inspector Hoot", "owl"), new Helper("Milo", "mouse"), new Helper("Dot", "dog")),
                    SETUPS,
                    List.of("But the only clue was a tiny (muddy|sandy|wet) footprint.", "But every (door|window|drawer) was locked.",
                            "But the clue led to an empty room."),
                    List.of("{helper} the {kind} spotted something shiny under the rug.", "{helper} the {kind} sniffed out a trail of crumbs.",
                            "{helper} the {kind} noticed that the clock had stopped."),
                    List.of("The answer had been there (all along|the whole time).", "Every clue fit together like (a puzzle|pieces of a puzzle)."),
                    CLOSINGS,
                    List.of("The (floorboards|old stairs) creaked (softly|quietly).", "Dusty books lined the walls from floor to ceiling.",
                            "A (cat|parrot) watched everything from a high shelf.")),
            Template.EDUCATIONAL, new StoryWorld(
                    List.of("school garden", "museum", "seaside", "farm"),
                    List.of("learn how a seed grows", "find out why the moon changes shape", "learn how bees make honey"),
                    List.of("notebook", "magnifying glass", "seed"),
                    List.of(new Helper("Professor Sage", "tortoise"), new Helper("Bea", "bee"), new Helper("Ollie", "owl")),
                    SETUPS,
                    List.of("But it was (hard|tricky) to understand at first.", "But there were so many (questions|things to learn).",
                            "But the answer was not in any book nearby."),
                    List.of("{helper} the {kind} explained that plants need sun, water and soil to grow.",
                            "{helper} the {kind} explained that the moon shines with light from the sun.",
                            "{helper} the {kind} explained that bees carry nectar home and turn it into honey."),
                    List.of("Now it all made (sense|perfect sense).", "Learning something new felt (wonderful|amazing|like magic)."),
                    CLOSINGS,
                    List.of("There were pictures and charts on every wall.", "A gentle breeze carried the smell of flowers.",
                            "Everyone could see and touch real things.")));
}
