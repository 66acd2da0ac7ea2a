package com.novastoryteller.bench;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import com.novastoryteller.engine.AgeBand;
import com.novastoryteller.engine.CharacterLook;
import com.novastoryteller.engine.ImageStyle;
import com.novastoryteller.engine.Scene;
import com.novastoryteller.engine.StoryLength;
import com.novastoryteller.engine.StoryRequest;
import com.novastoryteller.engine.StoryWriter;
import com.novastoryteller.engine.Template;
import com.novastoryteller.engine.embedded.EmbeddedStoryWriter;
import com.novastoryteller.engine.embedded.picture.Drawn;
import com.novastoryteller.engine.embedded.reading.Being;
import com.novastoryteller.engine.embedded.reading.Language;
import com.novastoryteller.engine.embedded.reading.Lexicon;
import com.novastoryteller.engine.embedded.reading.Nouns;
import com.novastoryteller.engine.embedded.reading.RequestReader;
import com.novastoryteller.engine.embedded.reading.StoryIdea;
import com.novastoryteller.engine.embedded.picture.Painter;
import com.novastoryteller.generation.SceneReader;
import com.novastoryteller.media.SvgRaster;

/**
 * bench/pictures: writes the story of every request in {@code bench/story-prompts.tsv} with the embedded writer,
 * draws each of its parts as the product does (the part's scene read with the request, painted by the embedded
 * illustrator) and measures what issue 21 asks: the named things drawn (exactly, as a near relative, or missing),
 * whether each story's part pictures differ from each other, the time and size of a picture, and the kind accuracy
 * of portraits drawn from the descriptions in {@code bench/portraits.tsv}. It writes the contact sheet of the first
 * twenty stories and the portraits sheet to {@code docs/illustrations/}.
 */
public final class PicturesBench {

    /** Two pictures differ when their small grey renders differ by this mean share of full brightness. */
    static final double DIFFERENT = 0.02;
    private static final int TILE = 200;
    private static final int SHEET_STORIES = 20;
    private static final java.util.Set<Lexicon.Sort> UNDRAWABLE = java.util.Set.of(Lexicon.Sort.FEELING, Lexicon.Sort.OTHER,
            Lexicon.Sort.TIME, Lexicon.Sort.GROUP);

    private PicturesBench() {
    }

    record Story(String request, List<Scene> scenes, List<Painter.Picture> pictures) {
    }

    public static void main(String[] args) throws Exception {
        Path prompts = Path.of(args.length > 0 ? args[0] : "bench/story-prompts.tsv");
        Path portraits = Path.of(args.length > 1 ? args[1] : "bench/portraits.tsv");
        StoryWriter writer = new EmbeddedStoryWriter();
        Painter.paint(new Scene("the meadow", Scene.TimeOfDay.DAY, Scene.Weather.CLEAR, List.of(), List.of()));
        List<Story> stories = new ArrayList<>();
        List<Double> millis = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        int exactly = 0, approximated = 0, missing = 0, differing = 0;
        List<String> missingNames = new ArrayList<>();
        List<String> approximations = new ArrayList<>();
        List<String> alike = new ArrayList<>();
        for (String line : Files.readAllLines(prompts)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t");
            List<String> parts = parts(writer, fields);
            List<Scene> scenes = new ArrayList<>();
            List<Painter.Picture> pictures = new ArrayList<>();
            String soFar = "";
            for (String part : parts) {
                soFar = soFar + " " + part;
                Scene scene = SceneReader.scene(part, scenes.size(), soFar, fields[0], List.of());
                long started = System.nanoTime();
                Painter.Picture picture = Painter.paint(scene);
                millis.add((System.nanoTime() - started) / 1e6);
                sizes.add(picture.svg().getBytes(StandardCharsets.UTF_8).length);
                scenes.add(scene);
                pictures.add(picture);
            }
            stories.add(new Story(fields[0], scenes, pictures));
            for (String named : namedThings(fields[0])) {
                Drawn drawn = drawnOf(named.strip(), scenes, pictures);
                switch (drawn.how()) {
                    case EXACTLY -> exactly++;
                    case APPROXIMATED -> {
                        approximated++;
                        approximations.add(named + " as " + drawn.drawnAs());
                    }
                    case MISSING -> {
                        missing++;
                        missingNames.add(named + " in \"" + fields[0] + "\"");
                    }
                }
            }
            double least = leastDifference(pictures);
            if (least >= DIFFERENT) {
                differing++;
            }
            else {
                alike.add(String.format(Locale.ROOT, "%.3f %s", least, fields[0]));
            }
        }
        int portraitsRight = 0;
        int portraitsTotal = 0;
        List<String> wrongPortraits = new ArrayList<>();
        List<String[]> described = new ArrayList<>();
        for (String line : Files.readAllLines(portraits)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t");
            Scene.Figure figure = CharacterLook.of("Friend", null, 0, fields[1], fields.length > 2 ? fields[2] : null);
            Drawn drawn = Painter.portrait(figure, ImageStyle.STORYBOOK).drawn().get(0);
            portraitsTotal++;
            if (drawn.drawnAs().equals(fields[0])) {
                portraitsRight++;
            }
            else {
                wrongPortraits.add(fields[1] + " -> " + drawn.drawnAs() + " (expected " + fields[0] + ")");
            }
            described.add(fields);
        }
        List<Double> sorted = millis.stream().sorted().toList();
        int pictures = sorted.size();
        System.out.printf("stories drawn: %d (%d part pictures)%n", stories.size(), pictures);
        System.out.printf("named things drawn: %d exactly, %d approximated, %d missing  (target: none missing) %s%n", exactly,
                approximated, missing, missing == 0 ? "ok" : "MISSED");
        System.out.printf("stories whose part pictures all differ (small grey renders differ by >= %.0f%%): %d of %d %s%n",
                DIFFERENT * 100, differing, stories.size(), differing == stories.size() ? "ok" : "MISSED");
        System.out.printf("render time per picture: median %.1f ms, p95 %.1f ms, max %.1f ms (target <= 150 ms) %s%n",
                sorted.get(pictures / 2), sorted.get((int) (pictures * 0.95)), sorted.get(pictures - 1),
                sorted.get(pictures - 1) <= 150 ? "ok" : "MISSED");
        int largest = sizes.stream().mapToInt(Integer::intValue).max().orElse(0);
        System.out.printf("size per picture: median %.1f KB, max %.1f KB (target <= 60 KB) %s%n",
                sizes.stream().sorted().toList().get(pictures / 2) / 1024.0, largest / 1024.0, largest <= 60 * 1024 ? "ok" : "MISSED");
        System.out.printf("portraits of the described kind: %d of %d %s%n", portraitsRight, portraitsTotal,
                portraitsRight == portraitsTotal ? "ok" : "MISSED");
        print("missing", missingNames);
        print("approximated", approximations);
        print("stories with pictures alike", alike);
        print("portraits of another kind", wrongPortraits);
        Path sheets = Path.of("docs", "illustrations");
        Files.createDirectories(sheets);
        ImageIO.write(contactSheet(stories.subList(0, Math.min(SHEET_STORIES, stories.size()))), "png",
                sheets.resolve("contact-sheet.png").toFile());
        ImageIO.write(portraitSheet(described.subList(0, Math.min(20, described.size()))), "png",
                sheets.resolve("portraits.png").toFile());
        System.out.println("sheets written to " + sheets);
    }

    /**
     * What the child named that a picture can show: each hero (by name, else by kind), the others, the places,
     * the things and the goal's object, as the request reader reads them.
     */
    static List<String> namedThings(String request) {
        StoryIdea idea = RequestReader.read(request);
        java.util.Set<String> named = new java.util.LinkedHashSet<>();
        for (Being being : idea.heroes()) {
            named.add(being.name() != null ? being.name() : being.kind());
        }
        idea.others().forEach(being -> named.add(being.name() != null ? being.name() : being.kind()));
        idea.places().forEach(place -> named.add(place.head()));
        idea.things().forEach(thing -> named.add(thing.head()));
        if (idea.goal() != null && idea.goal().object() != null) {
            named.add(idea.goal().object().head());
        }
        named.remove(null);
        // what no picture can show: the dark, a mystery, people in general
        Lexicon lexicon = Language.get().lexicon();
        named.removeIf(word -> UNDRAWABLE.contains(lexicon.sortOf(word)));
        return new ArrayList<>(named);
    }

    private static void print(String heading, List<String> lines) {
        if (!lines.isEmpty()) {
            System.out.println(heading + ":");
            lines.forEach(line -> System.out.println("  " + line));
        }
    }

    private static List<String> parts(StoryWriter writer, String[] fields) {
        List<String> lines = new ArrayList<>();
        writer.write(new StoryRequest(fields[0], Template.fromId(fields[1]), AgeBand.fromId(fields[2]), StoryLength.MEDIUM,
                "en-US", List.of(), null, List.of(), null, 1), lines::add);
        List<String> parts = new ArrayList<>();
        StringBuilder part = null;
        for (String line : lines) {
            if (line.startsWith("PART:")) {
                if (part != null) {
                    parts.add(part.toString().strip());
                }
                part = new StringBuilder();
            }
            else if (part != null && line.contains(":")) {
                part.append(line.substring(line.indexOf(':') + 1).strip()).append(' ');
            }
        }
        if (part != null) {
            parts.add(part.toString().strip());
        }
        return parts;
    }

    /** How a word the child used was drawn in the story's pictures: a hero by name or kind, a thing, a place. */
    private static Drawn drawnOf(String word, List<Scene> scenes, List<Painter.Picture> pictures) {
        Drawn best = Drawn.missing(word);
        for (int n = 0; n < scenes.size(); n++) {
            List<Drawn> drawn = pictures.get(n).drawn();
            for (Scene.Figure figure : scenes.get(n).figures()) {
                if (mentions(figure.name(), word) || mentions(figure.kind(), word)) {
                    Drawn asDrawn = drawn.stream().filter(one -> one.named().equalsIgnoreCase(figure.kind())).findFirst()
                            .orElse(Drawn.missing(word));
                    best = better(best, new Drawn(word, asDrawn.drawnAs(), asDrawn.how()));
                }
            }
            for (Drawn one : drawn) {
                if (mentions(one.named(), word)) {
                    best = better(best, new Drawn(word, one.drawnAs(), one.how()));
                }
            }
        }
        return best;
    }

    private static Drawn better(Drawn one, Drawn other) {
        return other.how().ordinal() < one.how().ordinal() ? other : one;
    }

    /** Whether the words name the word, in the singular or the plural: "the ants 1" names "ants" and "ant". */
    private static boolean mentions(String words, String word) {
        String wanted = Nouns.lemma(word);
        if (words.toLowerCase(Locale.ROOT).contains(word.toLowerCase(Locale.ROOT))) {
            return true;
        }
        for (String one : words.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (!one.isEmpty() && (one.equals(word.toLowerCase(Locale.ROOT)) || Nouns.lemma(one).equals(wanted))) {
                return true;
            }
        }
        return false;
    }

    /** The smallest difference between two of the story's pictures, as a share of full brightness. */
    static double leastDifference(List<Painter.Picture> pictures) {
        List<float[]> greys = pictures.stream().map(picture -> grey(picture.svg())).toList();
        double least = greys.size() < 2 ? 1 : Double.MAX_VALUE;
        for (int a = 0; a < greys.size(); a++) {
            for (int b = a + 1; b < greys.size(); b++) {
                double total = 0;
                for (int n = 0; n < greys.get(a).length; n++) {
                    total += Math.abs(greys.get(a)[n] - greys.get(b)[n]);
                }
                least = Math.min(least, total / greys.get(a).length);
            }
        }
        return least;
    }

    private static float[] grey(String svg) {
        BufferedImage image = SvgRaster.render(svg.getBytes(StandardCharsets.UTF_8), 80);
        float[] grey = new float[image.getWidth() * image.getHeight()];
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                grey[y * image.getWidth() + x] = (((rgb >> 16) & 255) * 0.3f + ((rgb >> 8) & 255) * 0.59f + (rgb & 255) * 0.11f) / 255f;
            }
        }
        return grey;
    }

    private static BufferedImage contactSheet(List<Story> stories) {
        int columns = stories.stream().mapToInt(story -> story.pictures().size()).max().orElse(1);
        int rowHeight = TILE * 3 / 4 + 22;
        BufferedImage sheet = new BufferedImage(columns * TILE, stories.size() * rowHeight, BufferedImage.TYPE_INT_RGB);
        Graphics2D pen = sheet(sheet);
        for (int row = 0; row < stories.size(); row++) {
            Story story = stories.get(row);
            pen.setColor(Color.BLACK);
            pen.drawString(story.request(), 4, row * rowHeight + 15);
            for (int column = 0; column < story.pictures().size(); column++) {
                pen.drawImage(SvgRaster.render(story.pictures().get(column).svg().getBytes(StandardCharsets.UTF_8), TILE - 4),
                        column * TILE + 2, row * rowHeight + 20, null);
            }
        }
        pen.dispose();
        return sheet;
    }

    private static BufferedImage portraitSheet(List<String[]> described) {
        int columns = 4;
        int cell = 260;
        int rows = (described.size() + columns - 1) / columns;
        BufferedImage sheet = new BufferedImage(columns * cell, rows * (cell + 40), BufferedImage.TYPE_INT_RGB);
        Graphics2D pen = sheet(sheet);
        for (int n = 0; n < described.size(); n++) {
            String[] fields = described.get(n);
            Scene.Figure figure = CharacterLook.of("Friend", null, 0, fields[1], fields.length > 2 ? fields[2] : null);
            int x = (n % columns) * cell;
            int y = (n / columns) * (cell + 40);
            pen.drawImage(SvgRaster.render(Painter.portrait(figure, ImageStyle.STORYBOOK).svg().getBytes(StandardCharsets.UTF_8),
                    cell - 20), x + 10, y + 4, null);
            pen.setColor(Color.BLACK);
            String words = fields[1] + (fields.length > 2 ? "; " + fields[2] : "");
            pen.drawString(words.length() > 42 ? words.substring(0, 42) : words, x + 6, y + cell - 2);
            if (words.length() > 42) {
                pen.drawString(words.substring(42, Math.min(words.length(), 84)), x + 6, y + cell + 14);
            }
        }
        pen.dispose();
        return sheet;
    }

    private static Graphics2D sheet(BufferedImage sheet) {
        Graphics2D pen = sheet.createGraphics();
        pen.setColor(Color.WHITE);
        pen.fillRect(0, 0, sheet.getWidth(), sheet.getHeight());
        pen.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        pen.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        return pen;
    }
}
