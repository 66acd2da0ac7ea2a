package com.novastoryteller.book;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.novastoryteller.engine.Speech.WordTiming;
import com.novastoryteller.narration.Narration.SpokenSegment;
import com.novastoryteller.story.StorySegment;

/** The EPUB a family downloads, made from a book in memory: no application, no database. */
class EpubBooksTests {

    private final EpubBooks epubs = new EpubBooks();

    @Test
    void theChaptersComeInTheStorysOrderInTheContentsAndTheReadingOrder() {
        Map<String, byte[]> files = unzip(epubs.write(book(Map.of(), "The Lost Kite", "Up the Hill", "Home Again")));

        assertThat(files).containsKeys("mimetype", "META-INF/container.xml", "EPUB/package.opf", "EPUB/nav.xhtml",
                "EPUB/cover.xhtml", "EPUB/part-1.xhtml", "EPUB/part-2.xhtml", "EPUB/part-3.xhtml");
        assertThat(new String(files.get("mimetype"), StandardCharsets.US_ASCII)).isEqualTo("application/epub+zip");
        Document nav = parse(files.get("EPUB/nav.xhtml"));
        assertThat(texts(nav, "a")).containsExactly("The Lost Kite", "Up the Hill", "Home Again");
        Document opf = parse(files.get("EPUB/package.opf"));
        assertThat(attributes(opf, "itemref", "idref")).containsExactly("cover", "part-1", "part-2", "part-3");
        assertThat(texts(parse(files.get("EPUB/part-2.xhtml")), "h1")).containsExactly("Up the Hill");
    }

    @Test
    void theMimetypeComesFirstAndUncompressedAsReadingAppsRequire() throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(epubs.write(book(Map.of(), "One"))))) {
            ZipEntry first = zip.getNextEntry();
            assertThat(first.getName()).isEqualTo("mimetype");
            assertThat(first.getMethod()).isEqualTo(ZipEntry.STORED);
        }
    }

    @Test
    void everyPageIsWellFormedXhtmlEvenWithAngleBracketsAndAmpersandsInTheStory() {
        Book book = new Book(UUID.randomUUID(), "Tom & Jerry <3", "en", Instant.now(), null,
                List.of(new Book.Page(0, "Cats & \"Mice\"", List.of(narrator(0, 0, "Tom said 1 < 2 & 3 > 2."),
                        new StorySegment(1, 0, "TOM", "\"Hello <there>!\"")), null, null)), Map.of());

        Map<String, byte[]> files = unzip(epubs.write(book));

        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            if (file.getKey().endsWith(".xhtml") || file.getKey().endsWith(".opf") || file.getKey().endsWith(".xml")) {
                parse(file.getValue()); // throws when it is not well-formed
            }
        }
        Document page = parse(files.get("EPUB/part-1.xhtml"));
        assertThat(texts(page, "h1")).containsExactly("Cats & \"Mice\"");
        assertThat(texts(page, "p")).as("the narration joins, the line of dialogue stands alone")
                .containsExactly("Tom said 1 < 2 & 3 > 2.", "\"Hello <there>!\"");
        assertThat(texts(parse(files.get("EPUB/package.opf")), "dc:title")).containsExactly("Tom & Jerry <3");
    }

    @Test
    void aBookReadAloudLightsUpEachWordAsItIsSaidAndCarriesEachClipOnce() {
        ByteArrayResource clip = new ByteArrayResource(new byte[] { 1, 2, 3 });
        StorySegment first = narrator(0, 0, "Shelly swam.");
        StorySegment second = narrator(1, 0, "She found gold.");
        Map<Integer, SpokenSegment> voice = new LinkedHashMap<>();
        voice.put(0, new SpokenSegment(first, "a".repeat(64), clip, 1200,
                List.of(new WordTiming("Shelly", 0, 500), new WordTiming("swam", 500, 1100))));
        voice.put(1, new SpokenSegment(second, "b".repeat(64), clip, 1500, List.of()));
        Book book = new Book(UUID.randomUUID(), "Shelly", "en", Instant.now(), null,
                List.of(new Book.Page(0, "The Sea", List.of(first, second), null, null)), voice);

        Map<String, byte[]> files = unzip(epubs.write(book));

        assertThat(files).containsKeys("EPUB/overlays/part-1.smil", "EPUB/audio/" + "a".repeat(64) + ".mp3",
                "EPUB/audio/" + "b".repeat(64) + ".mp3");
        Document overlay = parse(files.get("EPUB/overlays/part-1.smil"));
        assertThat(attributes(overlay, "text", "src")).as("each timed word, then the untimed sentence whole")
                .containsExactly("../part-1.xhtml#s0w0", "../part-1.xhtml#s0w1", "../part-1.xhtml#s1");
        assertThat(attributes(overlay, "audio", "clipEnd")).as("a word stays lit until the next; the last, to the clip's end")
                .containsExactly("0.500s", "1.200s", "1.500s");
        Document page = parse(files.get("EPUB/part-1.xhtml"));
        assertThat(attributes(page, "span", "id")).contains("s0", "s0w0", "s0w1", "s1");
        String opf = new String(files.get("EPUB/package.opf"), StandardCharsets.UTF_8);
        assertThat(opf).contains("media-overlay=\"overlay-part-1\"", "<meta property=\"media:duration\">0:00:02.700</meta>",
                EpubBooks.ACTIVE_CLASS);
    }

    @Test
    void aBookNotYetReadAloudHasNoOverlaysNorAudio() {
        Map<String, byte[]> files = unzip(epubs.write(book(Map.of(), "Quiet")));

        assertThat(files.keySet()).noneMatch(name -> name.startsWith("EPUB/overlays/") || name.startsWith("EPUB/audio/"));
        assertThat(new String(files.get("EPUB/package.opf"), StandardCharsets.UTF_8)).doesNotContain("media-overlay");
    }

    private static Book book(Map<Integer, SpokenSegment> voice, String... partTitles) {
        List<Book.Page> pages = new ArrayList<>();
        for (int part = 0; part < partTitles.length; part++) {
            pages.add(new Book.Page(part, partTitles[part], List.of(narrator(part, part, "Part " + (part + 1) + " begins.")),
                    null, null));
        }
        return new Book(UUID.randomUUID(), "A Story", "en", Instant.now(), null, pages, voice);
    }

    private static StorySegment narrator(int seq, int part, String text) {
        return new StorySegment(seq, part, StorySegment.NARRATOR, text);
    }

    private static Map<String, byte[]> unzip(byte[] epub) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(epub))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), zip.readAllBytes());
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        }
        catch (Exception e) {
            throw new AssertionError("Not well-formed XML: " + new String(xml, StandardCharsets.UTF_8), e);
        }
    }

    private static List<String> texts(Document document, String tag) {
        NodeList nodes = document.getElementsByTagName(tag);
        List<String> texts = new ArrayList<>();
        for (int n = 0; n < nodes.getLength(); n++) {
            texts.add(nodes.item(n).getTextContent());
        }
        return texts;
    }

    private static List<String> attributes(Document document, String tag, String attribute) {
        NodeList nodes = document.getElementsByTagName(tag);
        List<String> values = new ArrayList<>();
        for (int n = 0; n < nodes.getLength(); n++) {
            values.add(((Element) nodes.item(n)).getAttribute(attribute));
        }
        return values;
    }
}
