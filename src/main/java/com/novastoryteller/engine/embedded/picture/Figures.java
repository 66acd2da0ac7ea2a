package com.novastoryteller.engine.embedded.picture;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.novastoryteller.engine.Scene;
import com.novastoryteller.engine.embedded.reading.Language;
import com.novastoryteller.engine.embedded.reading.Lexicon;

/**
 * The people, animals and creatures of a story, drawn as round friendly figures about 150 px tall standing on
 * (x, ground). What they are is their kind, drawn on its body plan, or its nearest relative when there is no
 * picture of it; how they look is read from their family's words; what the words leave open (a fox's shade of
 * orange, a child's hair) is chosen by their name, so that a character looks the same on every page.
 */
public final class Figures {

    private static final Map<Plan, Body> BODIES = bodies();
    private static final String FALLBACK = "child";

    private Figures() {
    }

    /** Draws the figure standing at (x, ground), in the pose and with the face of the mood; says what it drew. */
    /** How much bigger than a thing in the scene a thing that is a hero is drawn: as tall as the figures. */
    private static final double THING_HERO_SIZE = 1.7;

    public static Drawn draw(Svg svg, Scene.Figure figure, Pose pose, Scene.Mood mood, double x, double ground, double scale) {
        if (Kinds.named(figure.kind()) == null && isAThing(figure.kind())) {
            return thingWithAFace(svg, figure, mood, x, ground, scale);
        }
        Kind kind = Relatives.of(figure.kind());
        Drawn drawn;
        if (kind == null && !Things.drawingOf(figure.kind()).equals(ThingLibrary.PARCEL)) {
            return thingWithAFace(svg, figure, mood, x, ground, scale);
        }
        if (kind == null) {
            kind = Kinds.get(FALLBACK);
            drawn = Drawn.as(figure.kind(), FALLBACK);
        }
        else {
            drawn = Kinds.named(figure.kind()) != null ? Drawn.exactly(figure.kind()) : Drawn.as(figure.kind(), kind.name());
        }
        Look look = Looks.read(figure.description());
        long seed = seed(figure);
        boolean youngAnimal = look.age() == Look.Age.BABY && kind.plan() != Plan.PERSON;
        double size = Math.max(0.72, Math.min(1.25, kind.size() * look.size() * (youngAnimal ? 0.85 : 1)));
        Sketch sketch = new Sketch(new Pen(svg), kind, look, pose, mood, colours(figure, kind, look, seed), seed, size,
                extras(figure, kind, look, seed));
        Body body = BODIES.get(kind.plan());
        Frame frame = body.frame(sketch);
        svg.group(figure.name() + ", " + figure.kind(), x, ground, scale * size);
        svg.ellipse(0, 3, 46, 9, "#000000", "opacity=\"0.15\"");
        Accessories.behind(sketch, frame);
        body.paint(sketch, frame);
        Accessories.front(sketch, frame);
        svg.end();
        return drawn;
    }

    /** A word WordNet knows as something not alive (a raindrop, bread, a rock), which the things can draw. */
    private static boolean isAThing(String kind) {
        Lexicon.Sort sort = Language.get().lexicon().sortOf(kind);
        return !sort.isAlive() && sort != Lexicon.Sort.UNKNOWN && sort != Lexicon.Sort.PERSON
                && !Things.drawingOf(kind).equals(ThingLibrary.PARCEL);
    }

    /**
     * A hero who is no creature (a cloud called Puff, a raindrop, the moon, a school bus) as a picture book draws
     * them: the thing itself, hero-sized, with a face that shows the mood.
     */
    private static Drawn thingWithAFace(Svg svg, Scene.Figure figure, Scene.Mood mood, double x, double ground, double scale) {
        double size = THING_HERO_SIZE * scale;
        Drawn drawn = Things.draw(svg, figure.kind(), x, ground, size);
        svg.group(figure.name() + ", " + figure.kind(), x, ground, size);
        Face.front(new Pen(svg), mood, 0, -48, 11, 5, -34, 14, true);
        svg.end();
        return Drawn.as(figure.kind(), drawn.drawnAs());
    }

    /** The same name, kind and words give the same seed on every page and every machine; a variant another look. */
    private static long seed(Scene.Figure figure) {
        String identity = figure.name().toLowerCase(Locale.ROOT) + "/" + figure.kind().toLowerCase(Locale.ROOT) + "/"
                + (figure.description() == null ? "" : figure.description().toLowerCase(Locale.ROOT));
        return identity.hashCode() * 0x9E3779B97F4A7C15L + figure.variant() * 7919L;
    }

    private static Paints colours(Scene.Figure figure, Kind kind, Look look, long seed) {
        Sketch chooser = new Sketch(null, kind, look, Pose.STANDING, Scene.Mood.HAPPY, null, seed, 1, List.of());
        boolean madeOfItsColour = kind.plan() == Plan.ROBOT || kind.plan() == Plan.DRAGON || kind.plan() == Plan.BLOB;
        boolean colourIsWorn = look.colours().keySet().stream().anyMatch(part -> !part.equals("body") && !part.equals("hair")
                && !part.equals("eyes") && !part.equals("beard"));
        String body = look.colour("body");
        if (body == null && madeOfItsColour && figure.colour() != null && !colourIsWorn) {
            body = figure.colour();
        }
        if (body == null) {
            body = kind.pick("fur", seed);
        }
        if (body == null) {
            body = "#c8965a";
        }
        String belly = kind.part("belly", Palette.lighter(body, 0.6));
        String accent = look.colour("pattern") != null ? look.colour("pattern") : kind.part("accent", Palette.darker(body, 0.4));
        String clothes = look.colour("clothes") != null ? look.colour("clothes")
                : figure.colour() != null ? figure.colour() : Palette.CLOTHES[chooser.pick(3, Palette.CLOTHES.length)];
        String hair = look.colour("hair") != null ? look.colour("hair") : hair(chooser, look);
        String skin = look.skinTone() >= 0 ? Palette.SKIN[look.skinTone()]
                : kind.pick("skin", seed) != null ? kind.pick("skin", seed) : Palette.SKIN[chooser.pick(5, Palette.SKIN.length)];
        String[] trousers = { "#3f6ea8", "#3d4a6b", "#5a4a42", "#6a6a74", "#2f5e4e" };
        String legs = look.colour("legs") != null ? look.colour("legs") : trousers[chooser.pick(7, trousers.length)];
        String shoes = look.colour("shoes") != null ? look.colour("shoes") : chooser.pick(9, 2) == 0 ? "#5a3a2a" : "#e63946";
        return new Paints(body, belly, accent, clothes, hair, skin, legs, shoes);
    }

    private static String hair(Sketch chooser, Look look) {
        Look.Age age = chooser.kind().plan() == Plan.PERSON ? PersonBody.age(chooser) : Look.Age.ADULT;
        if (age == Look.Age.OLD) {
            return chooser.pick(11, 2) == 0 ? Palette.GREY_HAIR : Palette.WHITE_HAIR;
        }
        return Palette.HAIR[chooser.pick(13, Palette.HAIR.length)];
    }

    /**
     * The kind's extras, and a scarf in the family's colour for an animal that wears nothing of it, so that the
     * colour they chose shows.
     */
    private static List<String> extras(Scene.Figure figure, Kind kind, Look look, long seed) {
        List<String> extras = new ArrayList<>(kind.extras(seed));
        boolean wearsTheColour = kind.plan() == Plan.PERSON || kind.plan() == Plan.ROBOT || kind.plan() == Plan.DRAGON
                || kind.plan() == Plan.BLOB;
        if (figure.colour() != null && !wearsTheColour && look.colours().isEmpty() && look.accessories().isEmpty()) {
            extras.add("scarf");
        }
        return extras;
    }

    private static Map<Plan, Body> bodies() {
        Map<Plan, Body> bodies = new EnumMap<>(Plan.class);
        bodies.put(Plan.PERSON, new PersonBody());
        bodies.put(Plan.ANIMAL, new AnimalBody());
        bodies.put(Plan.FOUR, new FourLegsBody());
        bodies.put(Plan.BIRD, new BirdBody());
        bodies.put(Plan.SEA, new SeaBody());
        bodies.put(Plan.BUG, new BugBody());
        bodies.put(Plan.REPTILE, new ReptileBody());
        bodies.put(Plan.DRAGON, new DragonBody());
        bodies.put(Plan.ROBOT, new RobotBody());
        bodies.put(Plan.BLOB, new BlobBody());
        return bodies;
    }
}
