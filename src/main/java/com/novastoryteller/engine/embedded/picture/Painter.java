package com.novastoryteller.engine.embedded.picture;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.jspecify.annotations.Nullable;

import com.novastoryteller.engine.ImageStyle;
import com.novastoryteller.engine.Scene;

/**
 * Lays out a part's picture: the setting behind, the heroes in front (the one acting nearest, the others a step
 * behind and a little smaller), the thing the action is done with in the acting hero's hand (or, if it flies, up
 * in the sky on its string), and the part's other things on the ground. It says what it drew, and what it drew
 * as a near relative, in the picture's description.
 */
public final class Painter {

    public static final int PORTRAIT = 400;
    private static final int MOST_FIGURES = 4;
    private static final int MOST_THINGS = 3;
    private static final double HERO_GROUND = 575;
    private static final double OTHERS_GROUND = 515;

    /** Where the acting hero stands, where the others stand a step behind, and where things lie in front. */
    private record Layout(double heroX, double[] othersX, double[] thingsX) {
    }

    private static final Layout[] LAYOUTS = {
        new Layout(260, new double[] { 460, 600, 730 }, new double[] { 90, 740, 620 }),
        new Layout(500, new double[] { 330, 190, 70 }, new double[] { 720, 90, 240 }),
        new Layout(400, new double[] { 590, 210, 720 }, new double[] { 80, 760, 640 }),
        new Layout(560, new double[] { 370, 230, 90 }, new double[] { 740, 110, 300 }),
    };

    private Painter() {
    }

    /** The picture and what is in it. */
    public record Picture(String svg, List<Drawn> drawn) {
    }

    public static Picture paint(Scene scene) {
        Svg svg = new Svg(Settings.WIDTH, Settings.HEIGHT);
        Random random = new Random(scene.toString().hashCode());
        List<Drawn> drawn = new ArrayList<>();
        Drawn setting = Settings.choose(scene.setting());
        drawn.add(setting);
        Settings.paint(svg, setting.drawnAs(), scene.time(), scene.weather(), random);

        List<Scene.Figure> figures = scene.figures().stream().limit(MOST_FIGURES).toList();
        List<String> things = scene.objects().stream().limit(MOST_THINGS).toList();
        String held = !figures.isEmpty() && !things.isEmpty() ? things.get(0) : null;
        // the layout changes from part to part, so that two moments in one place are not one picture
        Layout layout = LAYOUTS[scene.part() % LAYOUTS.length];
        double scale = figures.size() <= 2 ? 1.45 : figures.size() == 3 ? 1.2 : 1.05;
        // the others first, a step behind, so that the acting hero is painted over them
        for (int n = figures.size() - 1; n >= 1; n--) {
            drawn.add(Figures.draw(svg, figures.get(n), Pose.STANDING, scene.mood(), layout.othersX()[n - 1], OTHERS_GROUND,
                    scale * 0.85));
        }
        if (!figures.isEmpty()) {
            drawn.addAll(hero(svg, figures.get(0), held, scene.mood(), layout.heroX(), scale));
        }
        for (int n = held != null ? 1 : 0, spot = 0; n < things.size(); n++, spot++) {
            drawn.add(Things.draw(svg, things.get(n), layout.thingsX()[spot], 590, 0.9));
        }
        if (scene.time() == Scene.TimeOfDay.NIGHT) {
            svg.rect(0, 0, Settings.WIDTH, Settings.HEIGHT, "#0b1d51", "opacity=\"0.18\"");
        }
        svg.description(description(scene, drawn));
        return new Picture(svg.toString(), List.copyOf(drawn));
    }

    /** A character on their own, as they will look in every story they are in, before a background of the style. */
    public static Picture portrait(Scene.Figure figure, ImageStyle style) {
        Svg svg = new Svg(PORTRAIT, PORTRAIT);
        Random random = new Random(figure.hashCode());
        PortraitBackground.paint(svg, style, random);
        Drawn drawn = Figures.draw(svg, figure, Pose.STANDING, Scene.Mood.HAPPY, PORTRAIT / 2.0, 340, 1.7);
        svg.description(drawn.toString());
        return new Picture(svg.toString(), List.of(drawn));
    }

    /** The acting hero, with the thing they hold in their hand, or up in the sky on its string when it flies. */
    private static List<Drawn> hero(Svg svg, Scene.Figure hero, @Nullable String held, Scene.Mood mood, double heroX,
            double scale) {
        List<Drawn> drawn = new ArrayList<>();
        boolean flies = held != null && Things.flies(held);
        if (flies) {
            double skyX = heroX < Settings.WIDTH / 2.0 ? heroX + 170 : heroX - 170;
            double skyY = 200;
            // the string ends where the thing's own drawing starts: its bottom centre (a kite's tail, a balloon's knot)
            svg.line(heroX + Pose.HAND_X * scale, HERO_GROUND + Pose.HAND_Y * scale, skyX, skyY, "#5a4636", 2);
            drawn.add(Things.draw(svg, held, skyX, skyY, 1.2));
        }
        drawn.add(Figures.draw(svg, hero, pose(held, mood), mood, heroX, HERO_GROUND, scale));
        if (held != null && !flies) {
            drawn.add(Things.draw(svg, held, heroX + Pose.HAND_X * scale, HERO_GROUND + (Pose.HAND_Y + 40) * scale,
                    0.7 * scale));
        }
        return drawn;
    }

    /** Holding the part's thing; startled with both arms up; else standing. */
    private static Pose pose(@Nullable String held, Scene.Mood mood) {
        if (held != null) {
            return Pose.HOLDING;
        }
        return mood == Scene.Mood.SCARED || mood == Scene.Mood.SURPRISED || mood == Scene.Mood.HAPPY ? Pose.ARMS_UP : Pose.STANDING;
    }

    private static String description(Scene scene, List<Drawn> drawn) {
        StringBuilder words = new StringBuilder();
        for (Drawn one : drawn) {
            words.append(words.isEmpty() ? "" : ", ").append(one);
        }
        String action = scene.action() == null ? "" : "; " + scene.action();
        return words + action + "; " + scene.mood().name().toLowerCase(Locale.ROOT);
    }
}
