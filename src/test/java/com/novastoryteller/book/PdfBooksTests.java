package com.novastoryteller.book;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import com.novastoryteller.story.StorySegment;

/**
 * A part too long for its page goes on over the next, and that page is never a nearly empty one with a line or
 * two on it: the picture is drawn a little smaller so that the lines fit, or more lines go over with them.
 */
class PdfBooksTests {

    private static final Path BOOKS = Path.of("target", "books");
    private static final String[] WORDS = ("the little penguin waddled down to the sea and looked at the waves while the "
            + "wind pulled at the kite and the gulls called from the rocks far away over the shining water").split(" ");

    private final PdfBooks pdf = new PdfBooks();

    @Test
    void noPartEndsOnAPageWithOnlyALineOrTwo() throws IOException {
        List<Book.Page> parts = new ArrayList<>();
        BookPicture picture = picture(800, 600);
        // parts one sentence longer each, from a page and a bit to nearly three pages: every way a part can end
        for (int sentences = 10; sentences <= 90; sentences++) {
            parts.add(part(parts.size(), sentences, sentences % 7 == 0 ? null : picture));
        }
        byte[] book = pdf.write(new Book(UUID.randomUUID(), "Pebble and the Kite", "en", Instant.parse("2026-01-02T10:00:00Z"),
                picture, parts, Map.of()));
        Files.createDirectories(BOOKS);
        Files.write(BOOKS.resolve("widows.pdf"), book);

        try (PDDocument document = Loader.loadPDF(book)) {
            int continued = 0;
            for (int index = 1; index < document.getNumberOfPages(); index++) {
                List<String> lines = lines(document, index);
                boolean partStarts = !lines.isEmpty() && lines.get(0).matches("Chapter \\d+");
                if (!partStarts) {
                    continued++;
                    assertThat(hasPicture(document.getPage(index))).isFalse();
                    assertThat(lines).as("page %d, going on with a part", index + 1).hasSizeGreaterThanOrEqualTo(
                            PartLayout.FEWEST_LINES_ON_A_PAGE);
                }
            }
            assertThat(continued).as("parts that go on over pages").isGreaterThan(parts.size() / 2);
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            for (Book.Page part : parts) {
                assertThat(text).as("nothing of the part is lost").contains(part.title())
                        .contains(part.segments().get(part.segments().size() - 1).text());
            }
        }
    }

    @Test
    void aPartALittleTooLongForItsPageFitsOnItWithItsPictureDrawnALittleSmaller() throws IOException {
        BookPicture picture = picture(800, 600);
        List<Book.Page> parts = new ArrayList<>();
        for (int sentences = 10; sentences <= 30; sentences++) {
            parts.add(part(parts.size(), sentences, picture));
        }
        byte[] book = pdf.write(new Book(UUID.randomUUID(), "Pebble and the Kite", "en", Instant.now(), null, parts, Map.of()));

        try (PDDocument document = Loader.loadPDF(book)) {
            List<Float> heights = new ArrayList<>();
            for (int index = 1; index < document.getNumberOfPages(); index++) {
                if (lines(document, index).get(0).matches("Chapter \\d+")) {
                    heights.add(pictureHeight(document, index));
                }
            }
            float full = heights.stream().max(Float::compare).orElseThrow();
            assertThat(heights).as("some pictures smaller, none much smaller").anyMatch(height -> height < full)
                    .allMatch(height -> height >= full * 0.7f);
        }
    }

    /** A part of {@code sentences} sentences, every fourth spoken by Pip (a paragraph of its own). */
    private static Book.Page part(int index, int sentences, BookPicture picture) {
        List<StorySegment> segments = new ArrayList<>();
        for (int n = 0; n < sentences; n++) {
            int from = (n * 7) % WORDS.length;
            String words = String.join(" ", Arrays.asList(WORDS).subList(from, Math.min(WORDS.length, from + 9)));
            String sentence = n % 4 == 3 ? "\"Look at " + words + "!\"" : words.substring(0, 1).toUpperCase() + words.substring(1)
                    + " number " + (index + 1) + "-" + (n + 1) + ".";
            segments.add(new StorySegment(n, index, n % 4 == 3 ? "PIP" : StorySegment.NARRATOR, sentence));
        }
        return new Book.Page(index, "Chapter " + (index + 1), segments, picture,
                picture == null ? null : "Pebble the penguin with a kite at the seaside.");
    }

    private static List<String> lines(PDDocument document, int index) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(index + 1);
        stripper.setEndPage(index + 1);
        return Arrays.stream(stripper.getText(document).split("\\R")).map(String::strip).filter(line -> !line.isEmpty())
                .toList();
    }

    private static boolean hasPicture(PDPage page) throws IOException {
        for (COSName name : page.getResources().getXObjectNames()) {
            if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                return true;
            }
        }
        return false;
    }

    /** How tall the page's picture is drawn, in points: its width on the page scaled by its shape. */
    private static float pictureHeight(PDDocument document, int index) throws IOException {
        var finder = new org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine(document.getPage(index)) {
            float height;

            @Override
            public void drawImage(org.apache.pdfbox.pdmodel.graphics.image.PDImage image) {
                height = getGraphicsState().getCurrentTransformationMatrix().getScalingFactorY();
            }

            @Override public void appendRectangle(java.awt.geom.Point2D p0, java.awt.geom.Point2D p1,
                    java.awt.geom.Point2D p2, java.awt.geom.Point2D p3) { }
            @Override public void clip(int windingRule) { }
            @Override public void moveTo(float x, float y) { }
            @Override public void lineTo(float x, float y) { }
            @Override public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) { }
            @Override public java.awt.geom.Point2D getCurrentPoint() { return new java.awt.geom.Point2D.Float(); }
            @Override public void closePath() { }
            @Override public void endPath() { }
            @Override public void strokePath() { }
            @Override public void fillPath(int windingRule) { }
            @Override public void fillAndStrokePath(int windingRule) { }
            @Override public void shadingFill(COSName shadingName) { }
        };
        finder.processPage(document.getPage(index));
        return finder.height;
    }

    private static BookPicture picture(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(0x6cb8f0));
        graphics.fillRect(0, 0, width, height);
        graphics.setColor(new Color(0x6cc070));
        graphics.fillRect(0, height * 2 / 3, width, height / 3);
        graphics.dispose();
        try {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return BookPicture.ofImage(png.toByteArray());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
