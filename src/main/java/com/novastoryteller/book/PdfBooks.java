package com.novastoryteller.book;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import com.novastoryteller.story.StorySegment;

/**
 * A story as a printable A4 picture book: a cover with the title and the cover picture, then each part on its
 * own page, its picture above its text, set in Andika (a typeface made for children learning to read), embedded.
 * A part too long for one page goes on over the next, never leaving a line or two alone on a page.
 */
@Component
class PdfBooks {

    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN = 48;
    private static final float TEXT_SIZE = 15;
    private static final float LEADING = TEXT_SIZE * 1.55f;
    private static final float PARAGRAPH_GAP = LEADING * 0.5f;
    /** The lowest a line of text goes, and where the first line of a page that goes on with a part is. */
    private static final float BOTTOM = MARGIN + 20;
    private static final float TOP_LINE = PAGE.getHeight() - MARGIN - TEXT_SIZE;
    private static final float PICTURE_HEIGHT = 360;
    /** How much smaller than it would be a part's picture may be drawn, so that the part's last lines fit beside it. */
    private static final float SMALLEST_PICTURE = 0.7f;
    /** The fewest lines a page that goes on with a part holds: fewer would make a nearly empty page. */
    static final int FEWEST_LINES_ON_A_PAGE = 4;
    private static final float[] INK = { 0.12f, 0.14f, 0.25f };
    private static final float[] NIGHT = { 0.17f, 0.18f, 0.43f };

    private final byte[] regular = font("fonts/Andika-Regular.ttf");
    private final byte[] bold = font("fonts/Andika-Bold.ttf");

    byte[] write(Book book) {
        try (PDDocument document = new PDDocument(); TrueTypeFont regularFont = parse(regular);
                TrueTypeFont boldFont = parse(bold)) {
            PDFont text = PDType0Font.load(document, regularFont, true);
            PDFont heading = PDType0Font.load(document, boldFont, true);
            Fonts fonts = new Fonts(document, text, heading);
            describe(document, book);
            cover(fonts, book);
            for (Book.Page page : book.pages()) {
                part(fonts, page);
            }
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            document.save(pdf);
            return pdf.toByteArray();
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not make the book", e);
        }
    }

    private record Fonts(PDDocument document, PDFont text, PDFont heading) {
    }

    private static void describe(PDDocument document, Book book) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(book.title());
        info.setCreator("Nova Storyteller");
        info.setProducer("Nova Storyteller");
        Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        created.setTimeInMillis(book.created().toEpochMilli());
        info.setCreationDate(created);
        document.getDocumentCatalog().setLanguage(book.language());
    }

    private void cover(Fonts fonts, Book book) throws IOException {
        PDPage page = new PDPage(PAGE);
        fonts.document().addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(fonts.document(), page)) {
            content.setNonStrokingColor(1f, 0.98f, 0.95f);
            content.addRect(0, 0, PAGE.getWidth(), PAGE.getHeight());
            content.fill();
            float y = PAGE.getHeight() - 90;
            for (String line : wrap(fonts.heading(), book.title(), 34, PAGE.getWidth() - 2 * MARGIN)) {
                centred(content, fonts.heading(), 34, line, y, NIGHT);
                y -= 44;
            }
            if (book.cover() != null) {
                y = picture(fonts.document(), content, book.cover(), y - 20, 440) - 36;
            }
            centred(content, fonts.text(), 14, "A story told with Nova Storyteller", Math.max(y, 80), INK);
            centred(content, fonts.text(), 12, DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK)
                    .format(book.created().atZone(ZoneOffset.UTC)), Math.max(y, 80) - 22, INK);
        }
    }

    /**
     * Lays a part out: its picture and title on a new page, then its lines, going on over as many pages as they
     * need. A page it goes on over is never a nearly empty one: when fewer than {@link #FEWEST_LINES_ON_A_PAGE}
     * lines would be left for the last page, the picture is drawn a little smaller so that they fit on the first;
     * if that is not enough, as many lines go over with them as that page needs.
     */
    private void part(Fonts fonts, Book.Page part) throws IOException {
        float width = PAGE.getWidth() - 2 * MARGIN;
        List<String> title = wrap(fonts.heading(), part.title(), 22, width);
        List<Line> lines = new ArrayList<>();
        for (List<StorySegment> paragraph : part.paragraphs()) {
            String words = String.join(" ", paragraph.stream().map(StorySegment::text).toList());
            List<String> wrapped = wrap(fonts.text(), words, TEXT_SIZE, width);
            for (int n = 0; n < wrapped.size(); n++) {
                lines.add(new Line(wrapped.get(n), n == 0 && !lines.isEmpty()));
            }
        }
        float pictureHeight = part.picture() == null ? 0 : drawnHeight(part.picture(), PICTURE_HEIGHT);
        List<Integer> breaks = breaks(lines, firstLine(pictureHeight, title.size()), -1);
        if (isNearlyEmpty(breaks, lines.size()) && breaks.size() == 1 && pictureHeight > 0) {
            for (float smaller = pictureHeight - 2; smaller >= pictureHeight * SMALLEST_PICTURE; smaller -= 2) {
                if (breaks(lines, firstLine(smaller, title.size()), -1).isEmpty()) {
                    pictureHeight = smaller;
                    breaks = List.of();
                    break;
                }
            }
        }
        if (isNearlyEmpty(breaks, lines.size())) {
            int last = breaks.get(breaks.size() - 1);
            int earlier = last - (FEWEST_LINES_ON_A_PAGE - (lines.size() - last));
            int before = breaks.size() > 1 ? breaks.get(breaks.size() - 2) : 0;
            if (earlier - before >= FEWEST_LINES_ON_A_PAGE) {
                breaks = breaks(lines, firstLine(pictureHeight, title.size()), earlier);
            }
        }

        PDPage page = new PDPage(PAGE);
        fonts.document().addPage(page);
        PDPageContentStream content = new PDPageContentStream(fonts.document(), page);
        float y = PAGE.getHeight() - MARGIN;
        if (part.picture() != null) {
            y = picture(fonts.document(), content, part.picture(), y, pictureHeight) - 30;
        }
        for (String line : title) {
            write(content, fonts.heading(), 22, line, MARGIN, y, NIGHT);
            y -= 30;
        }
        y -= 6;
        for (int index = 0; index < lines.size(); index++) {
            Line line = lines.get(index);
            if (line.startsParagraph()) {
                y -= PARAGRAPH_GAP;
            }
            if (breaks.contains(index)) {
                content.close();
                page = new PDPage(PAGE);
                fonts.document().addPage(page);
                content = new PDPageContentStream(fonts.document(), page);
                y = TOP_LINE;
            }
            write(content, fonts.text(), TEXT_SIZE, line.text(), MARGIN, y, INK);
            y -= LEADING;
        }
        content.close();
    }

    /** A line of a part's text, and whether a paragraph starts with it (a little space goes before it). */
    private record Line(String text, boolean startsParagraph) {
    }

    /** Where a part's first line of text goes, below its picture and its title. */
    private static float firstLine(float pictureHeight, int titleLines) {
        float y = PAGE.getHeight() - MARGIN;
        if (pictureHeight > 0) {
            y -= pictureHeight + 30;
        }
        return y - 30 * titleLines - 6;
    }

    /**
     * The lines that start a new page, as many as fit on each page; {@code breakAt} (or -1) starts one where
     * it would not have to, so that more lines go over.
     */
    private static List<Integer> breaks(List<Line> lines, float firstLine, int breakAt) {
        List<Integer> breaks = new ArrayList<>();
        float y = firstLine;
        for (int index = 0; index < lines.size(); index++) {
            if (lines.get(index).startsParagraph()) {
                y -= PARAGRAPH_GAP;
            }
            if (y < BOTTOM || index == breakAt) {
                breaks.add(index);
                y = TOP_LINE;
            }
            y -= LEADING;
        }
        return breaks;
    }

    /** Whether the part's last page would hold only a line or a few. */
    private static boolean isNearlyEmpty(List<Integer> breaks, int lines) {
        return !breaks.isEmpty() && lines - breaks.get(breaks.size() - 1) < FEWEST_LINES_ON_A_PAGE;
    }

    /** How tall the picture is drawn: as wide as the text, at most {@code maxHeight}. */
    private static float drawnHeight(BookPicture picture, float maxHeight) {
        return Math.min((PAGE.getWidth() - 2 * MARGIN) * picture.height() / picture.width(), maxHeight);
    }

    /** Draws the picture centred below {@code top}, at most {@code maxHeight} tall; answers where it ends. */
    private static float picture(PDDocument document, PDPageContentStream content, BookPicture picture, float top,
            float maxHeight) throws IOException {
        PDImageXObject image = JPEGFactory.createFromByteArray(document, picture.jpeg());
        float width = PAGE.getWidth() - 2 * MARGIN;
        float height = width * picture.height() / picture.width();
        if (height > maxHeight) {
            width = width * maxHeight / height;
            height = maxHeight;
        }
        content.drawImage(image, (PAGE.getWidth() - width) / 2, top - height, width, height);
        return top - height;
    }

    private static void centred(PDPageContentStream content, PDFont font, float size, String line, float y, float[] colour)
            throws IOException {
        float width = font.getStringWidth(line) / 1000 * size;
        write(content, font, size, line, (PAGE.getWidth() - width) / 2, y, colour);
    }

    private static void write(PDPageContentStream content, PDFont font, float size, String line, float x, float y,
            float[] colour) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.setNonStrokingColor(colour[0], colour[1], colour[2]);
        content.newLineAtOffset(x, y);
        content.showText(line);
        content.endText();
    }

    /** The text in lines no wider than {@code width}, leaving out any character the font cannot show. */
    private static List<String> wrap(PDFont font, String text, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : printable(font, text).split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            String longer = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.getStringWidth(longer) / 1000 * size > width) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
            else {
                line.setLength(0);
                line.append(longer);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static String printable(PDFont font, String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            String character = new String(Character.toChars(codePoint));
            if (Character.isWhitespace(codePoint)) {
                kept.append(' ');
                return;
            }
            try {
                font.encode(character);
                kept.append(character);
            }
            catch (IOException | IllegalArgumentException cannotShow) {
                // An emoji or a script the font does not have: left out rather than shown as a box.
            }
        });
        return kept.toString();
    }

    /**
     * The font without its ligatures: an "ff" drawn as one glyph would be lost when the text is copied, searched
     * or read out by a screen reader.
     */
    private static TrueTypeFont parse(byte[] font) throws IOException {
        TrueTypeFont parsed = new TTFParser().parse(new RandomAccessReadBuffer(font));
        parsed.setEnableGsub(false);
        return parsed;
    }

    private static byte[] font(String path) {
        try {
            return new ClassPathResource(path).getContentAsByteArray();
        }
        catch (IOException e) {
            throw new UncheckedIOException("The book font " + path + " is missing", e);
        }
    }
}
