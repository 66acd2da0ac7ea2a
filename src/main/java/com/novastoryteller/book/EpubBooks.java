package com.novastoryteller.book;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import com.novastoryteller.narration.Narration.SpokenSegment;
import com.novastoryteller.story.StorySegment;

/**
 * A story as an EPUB 3 book: a cover, a page per part with its picture, and, when the story has been read aloud,
 * a media overlay per page (SMIL) that ties each written word to its moment in the narration, so reading apps
 * read the book aloud and light up each word as it is said. Written directly: the package is a handful of small
 * XML files, and the EPUB libraries on Maven Central do not write media overlays.
 */
@Component
public class EpubBooks {

    static final String ACTIVE_CLASS = "-epub-media-overlay-active";
    private static final String STYLE = """
            body { font-family: "Andika", "Atkinson Hyperlegible", sans-serif; line-height: 1.6; margin: 1em; }
            h1 { color: #2b2d6e; text-align: center; }
            figure { margin: 0 0 1em; text-align: center; }
            img { max-width: 100%%; height: auto; }
            .cover p { text-align: center; }
            .%s { background-color: #ffe58a; color: #1f2340; }
            """.formatted(ACTIVE_CLASS);

    public byte[] write(Book book) {
        ByteArrayOutputStream epub = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(epub, StandardCharsets.UTF_8)) {
            stored(zip, "mimetype", "application/epub+zip".getBytes(StandardCharsets.US_ASCII));
            add(zip, "META-INF/container.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
                      <rootfiles><rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/></rootfiles>
                    </container>
                    """);
            add(zip, "EPUB/style.css", STYLE);
            add(zip, "EPUB/nav.xhtml", nav(book));
            add(zip, "EPUB/cover.xhtml", cover(book));
            if (book.cover() != null) {
                add(zip, "EPUB/images/cover.jpg", book.cover().jpeg());
            }
            Map<String, SpokenSegment> audio = new LinkedHashMap<>();
            for (Book.Page page : book.pages()) {
                add(zip, "EPUB/" + pageName(page) + ".xhtml", page(book, page));
                if (page.picture() != null) {
                    add(zip, "EPUB/images/" + pageName(page) + ".jpg", page.picture().jpeg());
                }
                if (isSpoken(book, page)) {
                    add(zip, "EPUB/overlays/" + pageName(page) + ".smil", overlay(book, page));
                    page.segments().forEach(segment -> {
                        SpokenSegment spoken = book.voice().get(segment.seq());
                        audio.putIfAbsent(spoken.clipKey(), spoken);
                    });
                }
            }
            for (SpokenSegment clip : audio.values()) {
                add(zip, "EPUB/audio/" + clip.clipKey() + ".mp3", Books.bytes(clip.audio()));
            }
            add(zip, "EPUB/package.opf", EpubPackage.document(book, audio.keySet().stream().toList()));
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not make the book", e);
        }
        return epub.toByteArray();
    }

    private static String nav(Book book) {
        StringBuilder items = new StringBuilder();
        for (Book.Page page : book.pages()) {
            items.append("<li><a href=\"").append(pageName(page)).append(".xhtml\">").append(xml(page.title()))
                    .append("</a></li>\n");
        }
        return xhtml(book, "Contents", "<nav epub:type=\"toc\" id=\"toc\"><h1>Contents</h1>\n<ol>\n" + items + "</ol></nav>");
    }

    private static String cover(Book book) {
        String picture = book.cover() == null ? ""
                : "<figure><img src=\"images/cover.jpg\" alt=\"The cover picture\"/></figure>\n";
        return xhtml(book, book.title(), "<section class=\"cover\" epub:type=\"cover\"><h1>" + xml(book.title())
                + "</h1>\n" + picture + "<p>A story told with Nova Storyteller</p></section>");
    }

    private static String page(Book book, Book.Page page) {
        StringBuilder body = new StringBuilder("<section epub:type=\"chapter\"><h1>").append(xml(page.title()))
                .append("</h1>\n");
        if (page.picture() != null) {
            String alt = page.pictureDescription() != null ? page.pictureDescription() : "A picture of " + page.title();
            body.append("<figure><img src=\"images/").append(pageName(page)).append(".jpg\" alt=\"")
                    .append(xml(alt)).append("\"/></figure>\n");
        }
        boolean spoken = isSpoken(book, page);
        for (List<StorySegment> paragraph : page.paragraphs()) {
            body.append("<p>");
            for (int n = 0; n < paragraph.size(); n++) {
                StorySegment segment = paragraph.get(n);
                body.append(n == 0 ? "" : " ").append("<span id=\"s").append(segment.seq()).append("\">");
                if (spoken) {
                    SpokenSegment voice = book.voice().get(segment.seq());
                    List<SpokenWords.Word> words = SpokenWords.of(segment.text(), voice.words(), voice.durationMs());
                    for (int w = 0; w < words.size(); w++) {
                        SpokenWords.Word word = words.get(w);
                        body.append(w == 0 ? "" : " ");
                        if (word.startMs() == null) {
                            body.append(xml(word.text()));
                        }
                        else {
                            body.append("<span id=\"s").append(segment.seq()).append("w").append(w).append("\">")
                                    .append(xml(word.text())).append("</span>");
                        }
                    }
                }
                else {
                    body.append(xml(segment.text()));
                }
                body.append("</span>");
            }
            body.append("</p>\n");
        }
        return xhtml(book, page.title(), body.append("</section>").toString());
    }

    /** Each word (or, where no word is timed, the whole sentence) with its stretch of the sentence's audio. */
    private static String overlay(Book book, Book.Page page) {
        String name = pageName(page);
        StringBuilder pars = new StringBuilder();
        for (StorySegment segment : page.segments()) {
            SpokenSegment voice = book.voice().get(segment.seq());
            String audio = "../audio/" + voice.clipKey() + ".mp3";
            List<SpokenWords.Word> words = SpokenWords.of(segment.text(), voice.words(), voice.durationMs());
            boolean timed = words.stream().anyMatch(word -> word.startMs() != null);
            if (!timed) {
                pars.append(par(name + ".xhtml#s" + segment.seq(), audio, 0, voice.durationMs()));
                continue;
            }
            for (int w = 0; w < words.size(); w++) {
                SpokenWords.Word word = words.get(w);
                if (word.startMs() != null && word.endMs() != null) {
                    pars.append(par(name + ".xhtml#s" + segment.seq() + "w" + w, audio, word.startMs(), word.endMs()));
                }
            }
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <smil xmlns="http://www.w3.org/ns/SMIL" xmlns:epub="http://www.idpf.org/2007/ops" version="3.0">
                <body>
                <seq id="seq-%s" epub:textref="../%s.xhtml" epub:type="bodymatter chapter">
                %s</seq>
                </body>
                </smil>
                """.formatted(name, name, pars);
    }

    private static String par(String text, String audio, long beginMs, long endMs) {
        return "<par><text src=\"../" + text + "\"/><audio src=\"" + audio + "\" clipBegin=\"" + seconds(beginMs)
                + "\" clipEnd=\"" + seconds(endMs) + "\"/></par>\n";
    }

    private static String xhtml(Book book, String title, String body) {
        String language = xml(book.language());
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE html>
                <html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="%s" lang="%s">
                <head><meta charset="UTF-8"/><title>%s</title><link rel="stylesheet" type="text/css" href="style.css"/></head>
                <body>
                %s
                </body>
                </html>
                """.formatted(language, language, xml(title), body);
    }

    static boolean isSpoken(Book book, Book.Page page) {
        return book.isSpoken() && !page.segments().isEmpty()
                && page.segments().stream().allMatch(segment -> book.voice().containsKey(segment.seq()));
    }

    static String pageName(Book.Page page) {
        return "part-" + (page.index() + 1);
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.3fs", millis / 1000.0);
    }

    static String clock(long millis) {
        return String.format(Locale.ROOT, "%d:%02d:%02d.%03d", millis / 3_600_000, millis / 60_000 % 60,
                millis / 1000 % 60, millis % 1000);
    }

    static String xml(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    private static void stored(ZipOutputStream zip, String name, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(content.length);
        CRC32 crc = new CRC32();
        crc.update(content);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }

    private static void add(ZipOutputStream zip, String name, String content) throws IOException {
        add(zip, name, content.getBytes(StandardCharsets.UTF_8));
    }

    private static void add(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }
}
