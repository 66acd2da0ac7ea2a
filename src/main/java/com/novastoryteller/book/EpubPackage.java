package com.novastoryteller.book;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * An EPUB's package document ({@code package.opf}): what the book is, every file in it, and the order its pages are
 * read in, with how long each page's read-aloud overlay lasts.
 */
final class EpubPackage {

    private EpubPackage() {
    }

    static String document(Book book, List<String> clips) {
        StringBuilder metadata = metadata(book);
        StringBuilder manifest = bookItems(book);
        StringBuilder spine = new StringBuilder("<itemref idref=\"cover\"/>\n");
        long total = 0;
        for (Book.Page page : book.pages()) {
            total += addPage(book, page, metadata, manifest);
            spine.append("<itemref idref=\"").append(EpubBooks.pageName(page)).append("\"/>\n");
        }
        for (String clip : clips) {
            manifest.append("<item id=\"audio-").append(clip, 0, 16).append("\" href=\"audio/").append(clip)
                    .append(".mp3\" media-type=\"audio/mpeg\"/>\n");
        }
        if (!clips.isEmpty()) {
            metadata.append("<meta property=\"media:duration\">").append(EpubBooks.clock(total)).append("</meta>\n")
                    .append("<meta property=\"media:active-class\">").append(EpubBooks.ACTIVE_CLASS).append("</meta>\n");
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id" xml:lang="%s">
                <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
                %s</metadata>
                <manifest>
                %s</manifest>
                <spine>
                %s</spine>
                </package>
                """.formatted(EpubBooks.xml(book.language()), metadata, manifest, spine);
    }

    private static StringBuilder metadata(Book book) {
        return new StringBuilder()
                .append("<dc:identifier id=\"book-id\">urn:uuid:").append(book.id()).append("</dc:identifier>\n")
                .append("<dc:title>").append(EpubBooks.xml(book.title())).append("</dc:title>\n")
                .append("<dc:language>").append(EpubBooks.xml(book.language())).append("</dc:language>\n")
                .append("<dc:creator>Nova Storyteller</dc:creator>\n")
                .append("<meta property=\"dcterms:modified\">")
                .append(Instant.now().truncatedTo(ChronoUnit.SECONDS)).append("</meta>\n");
    }

    /** The items every book has: its table of contents, style and cover. */
    private static StringBuilder bookItems(Book book) {
        StringBuilder manifest = new StringBuilder()
                .append("<item id=\"nav\" href=\"nav.xhtml\" media-type=\"application/xhtml+xml\" properties=\"nav\"/>\n")
                .append("<item id=\"style\" href=\"style.css\" media-type=\"text/css\"/>\n")
                .append("<item id=\"cover\" href=\"cover.xhtml\" media-type=\"application/xhtml+xml\"/>\n");
        if (book.cover() != null) {
            manifest.append("<item id=\"cover-image\" href=\"images/cover.jpg\" media-type=\"image/jpeg\""
                    + " properties=\"cover-image\"/>\n");
        }
        return manifest;
    }

    /** A page's items (its text, picture and read-aloud overlay), and its overlay's duration; answers that duration. */
    private static long addPage(Book book, Book.Page page, StringBuilder metadata, StringBuilder manifest) {
        String name = EpubBooks.pageName(page);
        boolean spoken = EpubBooks.isSpoken(book, page);
        manifest.append("<item id=\"").append(name).append("\" href=\"").append(name)
                .append(".xhtml\" media-type=\"application/xhtml+xml\"")
                .append(spoken ? " media-overlay=\"overlay-" + name + "\"" : "").append("/>\n");
        if (page.picture() != null) {
            manifest.append("<item id=\"picture-").append(name).append("\" href=\"images/").append(name)
                    .append(".jpg\" media-type=\"image/jpeg\"/>\n");
        }
        if (!spoken) {
            return 0;
        }
        manifest.append("<item id=\"overlay-").append(name).append("\" href=\"overlays/").append(name)
                .append(".smil\" media-type=\"application/smil+xml\"/>\n");
        long duration = page.segments().stream().mapToLong(segment -> book.voice().get(segment.seq()).durationMs()).sum();
        metadata.append("<meta property=\"media:duration\" refines=\"#overlay-").append(name).append("\">")
                .append(EpubBooks.clock(duration)).append("</meta>\n");
        return duration;
    }
}
