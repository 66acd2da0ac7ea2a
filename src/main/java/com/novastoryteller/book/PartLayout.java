package com.novastoryteller.book;

import static com.novastoryteller.book.PdfPage.A4;
import static com.novastoryteller.book.PdfPage.BOTTOM;
import static com.novastoryteller.book.PdfPage.LEADING;
import static com.novastoryteller.book.PdfPage.MARGIN;
import static com.novastoryteller.book.PdfPage.PARAGRAPH_GAP;
import static com.novastoryteller.book.PdfPage.TOP_LINE;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * How a part of the printed book falls on its pages: how tall its picture is drawn, and which of its lines start
 * a new page. A page it goes on over is never a nearly empty one: when fewer than
 * {@link #FEWEST_LINES_ON_A_PAGE} lines would be left for the last page, the picture is drawn a little smaller so
 * that they fit on the first; if that is not enough, as many lines go over with them as that page needs.
 *
 * @param breaks the lines that start a new page, by their index
 */
record PartLayout(float pictureHeight, List<Integer> breaks) {

    private static final float PICTURE_HEIGHT = 360;
    /** How much smaller than it would be a part's picture may be drawn, so that the part's last lines fit beside it. */
    private static final float SMALLEST_PICTURE = 0.7f;
    /** The fewest lines a page that goes on with a part holds: fewer would make a nearly empty page. */
    static final int FEWEST_LINES_ON_A_PAGE = 4;

    /** A line of a part's text, and whether a paragraph starts with it (a little space goes before it). */
    record Line(String text, boolean startsParagraph) {
    }

    static PartLayout of(List<Line> lines, int titleLines, @Nullable BookPicture picture) {
        float pictureHeight = picture == null ? 0 : PdfPage.drawnHeight(picture, PICTURE_HEIGHT);
        List<Integer> breaks = breaks(lines, firstLine(pictureHeight, titleLines), -1);
        if (isNearlyEmpty(breaks, lines.size()) && breaks.size() == 1 && pictureHeight > 0) {
            for (float smaller = pictureHeight - 2; smaller >= pictureHeight * SMALLEST_PICTURE; smaller -= 2) {
                if (breaks(lines, firstLine(smaller, titleLines), -1).isEmpty()) {
                    return new PartLayout(smaller, List.of());
                }
            }
        }
        if (isNearlyEmpty(breaks, lines.size())) {
            int last = breaks.get(breaks.size() - 1);
            int earlier = last - (FEWEST_LINES_ON_A_PAGE - (lines.size() - last));
            int before = breaks.size() > 1 ? breaks.get(breaks.size() - 2) : 0;
            if (earlier - before >= FEWEST_LINES_ON_A_PAGE) {
                breaks = breaks(lines, firstLine(pictureHeight, titleLines), earlier);
            }
        }
        return new PartLayout(pictureHeight, breaks);
    }

    boolean startsPage(int line) {
        return breaks.contains(line);
    }

    /** Where a part's first line of text goes, below its picture and its title. */
    private static float firstLine(float pictureHeight, int titleLines) {
        float y = A4.getHeight() - MARGIN;
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
}
