package com.novastoryteller.book;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.util.HtmlUtils;

import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.api.Report;
import com.adobe.epubcheck.util.DefaultReportImpl;
import com.novastoryteller.support.Api;
import com.novastoryteller.support.Api.Registered;
import com.novastoryteller.support.ApplicationTest;
import com.novastoryteller.support.Eventually;

import tools.jackson.databind.JsonNode;

/** A finished story becomes a picture book: a PDF to print and an EPUB that reads itself aloud. */
@ApplicationTest
@TestPropertySource(properties = "storyteller.providers.narrator=embedded")
class BookApiTests {

    private static final Path BOOKS = Path.of("target", "books");

    @LocalServerPort
    int port;

    Api api;
    Registered mia;

    @BeforeEach
    void signUp() throws IOException {
        api = new Api(port);
        mia = api.register("reader");
        Files.createDirectories(BOOKS);
    }

    @Test
    void thePdfHasACoverAndAPictureAndTheTextOfEveryPartInAnEmbeddedChildFriendlyFont() throws IOException {
        JsonNode story = readyStory("a fox named Rufus who finds a lost kite on a windy hill", "long");
        String id = story.get("id").asString();
        HttpResponse<byte[]> pdf = api.bytes("/api/stories/" + id + "/export.pdf", mia.token());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment")
                .contains(".pdf");
        Files.write(BOOKS.resolve("story.pdf"), pdf.body());

        int parts = story.get("parts").size();
        assertThat(parts).isEqualTo(5);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo(story.get("title").asString());
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(parts + 1);
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains(story.get("title").asString());
            List<Integer> pagesWithPictures = new ArrayList<>();
            for (int index = 0; index < document.getNumberOfPages(); index++) {
                PDPage page = document.getPage(index);
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.getName()).contains("Andika");
                    assertThat(font.isEmbedded()).as(font.getName() + " is embedded").isTrue();
                }
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject image && image.getWidth() >= 800) {
                        pagesWithPictures.add(index);
                    }
                }
            }
            assertThat(pagesWithPictures).as("the cover and every part have a picture").hasSizeGreaterThanOrEqualTo(parts + 1)
                    .contains(0);
            for (JsonNode part : story.get("parts")) {
                String firstWords = part.get("text").asString().split("\\s+", 6)[0];
                assertThat(text).contains(part.get("title").asString()).contains(firstWords);
            }
            PDFRenderer renderer = new PDFRenderer(document);
            for (int index : new int[] { 0, 1 }) {
                BufferedImage page = renderer.renderImageWithDPI(index, 60);
                ImageIO.write(page, "png", BOOKS.resolve("page-" + index + ".png").toFile());
            }
        }
    }

    @Test
    void theEpubPassesEpubcheckAndReadsItselfAloudWordByWord() throws IOException {
        JsonNode story = readyStory("a girl named Ada who builds a robot", "short");
        String id = story.get("id").asString();
        awaitNarrated(id);

        HttpResponse<byte[]> epub = api.bytes("/api/stories/" + id + "/export.epub", mia.token());
        assertThat(epub.statusCode()).isEqualTo(200);
        assertThat(epub.headers().firstValue("Content-Type")).hasValue("application/epub+zip");
        Path file = BOOKS.resolve("story.epub");
        Files.write(file, epub.body());

        DefaultReportImpl report = new DefaultReportImpl(file.toString());
        int result = epubcheck(file, report);
        assertThat(report.getFatalErrorCount()).isZero();
        assertThat(report.getErrorCount()).isZero();
        assertThat(report.getWarningCount()).isZero();
        assertThat(result).isZero();

        Map<String, byte[]> entries = unzip(epub.body());
        int parts = story.get("parts").size();
        String opf = text(entries, "EPUB/package.opf");
        assertThat(opf).contains("<dc:title>" + HtmlUtils.htmlEscape(story.get("title").asString()) + "</dc:title>").contains("media:active-class")
                .contains("properties=\"cover-image\"");
        for (int part = 1; part <= parts; part++) {
            String page = text(entries, "EPUB/part-" + part + ".xhtml");
            assertThat(page).contains("<img src=\"images/part-" + part + ".jpg\"");
            assertThat(ImageIO.read(new ByteArrayInputStream(entries.get("EPUB/images/part-" + part + ".jpg"))).getWidth())
                    .isGreaterThanOrEqualTo(800);
            String smil = text(entries, "EPUB/overlays/part-" + part + ".smil");
            Matcher pars = Pattern.compile("<text src=\"\\.\\./part-" + part + "\\.xhtml#(s\\d+w\\d+)\"/><audio src=\"\\.\\./"
                    + "(audio/[0-9a-f]{64}\\.mp3)\" clipBegin=\"([0-9.]+)s\" clipEnd=\"([0-9.]+)s\"").matcher(smil);
            int words = 0;
            while (pars.find()) {
                words++;
                assertThat(page).as("each timed word is in the page").contains("id=\"" + pars.group(1) + "\"");
                assertThat(entries).containsKey("EPUB/" + pars.group(2));
                assertThat(Double.parseDouble(pars.group(4))).isGreaterThan(Double.parseDouble(pars.group(3)));
            }
            assertThat(words).as("part " + part + " is read word by word").isGreaterThan(10);
        }
        byte[] audio = entries.entrySet().stream().filter(entry -> entry.getKey().endsWith(".mp3")).findFirst()
                .orElseThrow().getValue();
        assertThat(audio[0] == 'I' || (audio[0] & 0xFF) == 0xFF).as("real MP3 audio").isTrue();
    }

    @Test
    void aStoryStillBeingWrittenHasNoBookYetAndNobodyElseGetsOne() {
        Api.Reply created = api.post("/api/stories/", mia.token(), Map.of("prompt", "a dragon who bakes bread", "length", "long"));
        String id = created.json().get("id").asString();
        Api.Reply early = api.get("/api/stories/" + id + "/export.pdf", mia.token());
        if (early.status() != 200) {
            assertThat(early.status()).isEqualTo(409);
            assertThat(early.json().get("detail").asString()).contains("still being written");
        }
        api.awaitReady(id, mia.token(), Duration.ofSeconds(60));
        Registered other = api.register("stranger");
        assertThat(api.bytes("/api/stories/" + id + "/export.pdf", other.token()).statusCode()).isEqualTo(404);
        assertThat(api.bytes("/api/stories/" + id + "/export.epub", other.token()).statusCode()).isEqualTo(404);
        assertThat(api.bytes("/api/stories/" + id + "/export.epub", null).statusCode()).isEqualTo(401);
    }

    /**
     * Runs epubcheck with Saxon as the XSLT engine it needs; the narrator's MaryTTS needs the JDK's own, so the
     * choice is only made for the check.
     */
    private static int epubcheck(Path file, Report report) {
        String key = "javax.xml.transform.TransformerFactory";
        String before = System.getProperty(key);
        System.setProperty(key, "net.sf.saxon.TransformerFactoryImpl");
        try {
            return new EpubCheck(file.toFile(), report).doValidate();
        }
        finally {
            if (before == null) {
                System.clearProperty(key);
            }
            else {
                System.setProperty(key, before);
            }
        }
    }

    private JsonNode readyStory(String prompt, String length) {
        Api.Reply created = api.post("/api/stories/", mia.token(), Map.of("prompt", prompt, "length", length));
        assertThat(created.status()).as(created.body()).isEqualTo(202);
        JsonNode story = api.awaitReady(created.json().get("id").asString(), mia.token(), Duration.ofSeconds(60));
        for (JsonNode part : story.get("parts")) {
            assertThat(part.get("illustration").isNull()).as("every part has its picture").isFalse();
        }
        return story;
    }

    private void awaitNarrated(String id) {
        Eventually.within(Duration.ofMinutes(2)).until("the story read aloud", () -> api
                .get("/api/stories/" + id + "/narration", mia.token()).json().get("status").asString().equals("ready"));
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        assertThat(entries.keySet().iterator().next()).as("mimetype comes first").isEqualTo("mimetype");
        return entries;
    }

    private static String text(Map<String, byte[]> entries, String name) {
        assertThat(entries).containsKey(name);
        return new String(entries.get(name), StandardCharsets.UTF_8);
    }
}
