package com.novastoryteller.book;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** A page of the printed book, A4, and what is put on it: lines of text and pictures, each as wide as the text. */
final class PdfPage implements AutoCloseable {

    static final PDRectangle A4 = PDRectangle.A4;
    static final float MARGIN = 48;
    static final float TEXT_WIDTH = A4.getWidth() - 2 * MARGIN;
    static final float TEXT_SIZE = 15;
    static final float LEADING = TEXT_SIZE * 1.55f;
    static final float PARAGRAPH_GAP = LEADING * 0.5f;
    /** The lowest a line of text goes, and where the first line of a page that goes on with a part is. */
    static final float BOTTOM = MARGIN + 20;
    static final float TOP_LINE = A4.getHeight() - MARGIN - TEXT_SIZE;

    private final PDDocument document;
    private final PDPageContentStream content;

    private PdfPage(PDDocument document, PDPageContentStream content) {
        this.document = document;
        this.content = content;
    }

    /** A new page at the end of the document. */
    static PdfPage add(PDDocument document) throws IOException {
        PDPage page = new PDPage(A4);
        document.addPage(page);
        return new PdfPage(document, new PDPageContentStream(document, page));
    }

    void fill(float red, float green, float blue) throws IOException {
        content.setNonStrokingColor(red, green, blue);
        content.addRect(0, 0, A4.getWidth(), A4.getHeight());
        content.fill();
    }

    /** Draws the picture centred below {@code top}, at most {@code maxHeight} tall; answers where it ends. */
    float picture(BookPicture picture, float top, float maxHeight) throws IOException {
        PDImageXObject image = JPEGFactory.createFromByteArray(document, picture.jpeg());
        float width = TEXT_WIDTH;
        float height = width * picture.height() / picture.width();
        if (height > maxHeight) {
            width = width * maxHeight / height;
            height = maxHeight;
        }
        content.drawImage(image, (A4.getWidth() - width) / 2, top - height, width, height);
        return top - height;
    }

    /** How tall {@link #picture} draws the picture. */
    static float drawnHeight(BookPicture picture, float maxHeight) {
        return Math.min(TEXT_WIDTH * picture.height() / picture.width(), maxHeight);
    }

    void centred(PDFont font, float size, String line, float y, float[] colour) throws IOException {
        float width = font.getStringWidth(line) / 1000 * size;
        text(font, size, line, (A4.getWidth() - width) / 2, y, colour);
    }

    void text(PDFont font, float size, String line, float x, float y, float[] colour) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.setNonStrokingColor(colour[0], colour[1], colour[2]);
        content.newLineAtOffset(x, y);
        content.showText(line);
        content.endText();
    }

    @Override
    public void close() throws IOException {
        content.close();
    }

    /** The text in lines no wider than {@code width}, leaving out any character the font cannot show. */
    static List<String> wrap(PDFont font, String text, float size, float width) throws IOException {
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
}
