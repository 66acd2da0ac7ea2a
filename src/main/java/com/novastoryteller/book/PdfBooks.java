package com.novastoryteller.book;

import static com.novastoryteller.book.PdfPage.A4;
import static com.novastoryteller.book.PdfPage.LEADING;
import static com.novastoryteller.book.PdfPage.MARGIN;
import static com.novastoryteller.book.PdfPage.PARAGRAPH_GAP;
import static com.novastoryteller.book.PdfPage.TEXT_SIZE;
import static com.novastoryteller.book.PdfPage.TEXT_WIDTH;
import static com.novastoryteller.book.PdfPage.TOP_LINE;

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
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import com.novastoryteller.story.StorySegment;

/**
 * A story as a printable A4 picture book: a cover with the title and the cover picture, then each part on its
 * own page, its picture above its text, set in Andika (a typeface made for children learning to read), embedded.
 * A part too long for one page goes on over the next, as {@link PartLayout} lays it out.
 */
@Component
public class PdfBooks {

    private static final float[] INK = { 0.12f, 0.14f, 0.25f };
    private static final float[] NIGHT = { 0.17f, 0.18f, 0.43f };

    private final byte[] regular = font("fonts/Andika-Regular.ttf");
    private final byte[] bold = font("fonts/Andika-Bold.ttf");

    public byte[] write(Book book) {
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
        try (PdfPage page = PdfPage.add(fonts.document())) {
            page.fill(1f, 0.98f, 0.95f);
            float y = A4.getHeight() - 90;
            for (String line : PdfPage.wrap(fonts.heading(), book.title(), 34, TEXT_WIDTH)) {
                page.centred(fonts.heading(), 34, line, y, NIGHT);
                y -= 44;
            }
            if (book.cover() != null) {
                y = page.picture(book.cover(), y - 20, 440) - 36;
            }
            page.centred(fonts.text(), 14, "A story told with Nova Storyteller", Math.max(y, 80), INK);
            page.centred(fonts.text(), 12, DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK)
                    .format(book.created().atZone(ZoneOffset.UTC)), Math.max(y, 80) - 22, INK);
        }
    }

    /** Lays a part out: its picture and title on a new page, then its lines, going on over as many pages as they need. */
    private void part(Fonts fonts, Book.Page part) throws IOException {
        List<String> title = PdfPage.wrap(fonts.heading(), part.title(), 22, TEXT_WIDTH);
        List<PartLayout.Line> lines = lines(fonts.text(), part);
        PartLayout layout = PartLayout.of(lines, title.size(), part.picture());
        PdfPage page = PdfPage.add(fonts.document());
        float y = A4.getHeight() - MARGIN;
        if (part.picture() != null) {
            y = page.picture(part.picture(), y, layout.pictureHeight()) - 30;
        }
        for (String line : title) {
            page.text(fonts.heading(), 22, line, MARGIN, y, NIGHT);
            y -= 30;
        }
        y -= 6;
        for (int index = 0; index < lines.size(); index++) {
            PartLayout.Line line = lines.get(index);
            if (line.startsParagraph()) {
                y -= PARAGRAPH_GAP;
            }
            if (layout.startsPage(index)) {
                page.close();
                page = PdfPage.add(fonts.document());
                y = TOP_LINE;
            }
            page.text(fonts.text(), TEXT_SIZE, line.text(), MARGIN, y, INK);
            y -= LEADING;
        }
        page.close();
    }

    /** The part's paragraphs in lines as wide as the text, a little space before each paragraph but the first. */
    private static List<PartLayout.Line> lines(PDFont font, Book.Page part) throws IOException {
        List<PartLayout.Line> lines = new ArrayList<>();
        for (List<StorySegment> paragraph : part.paragraphs()) {
            String words = String.join(" ", paragraph.stream().map(StorySegment::text).toList());
            List<String> wrapped = PdfPage.wrap(font, words, TEXT_SIZE, TEXT_WIDTH);
            for (int n = 0; n < wrapped.size(); n++) {
                lines.add(new PartLayout.Line(wrapped.get(n), n == 0 && !lines.isEmpty()));
            }
        }
        return lines;
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
