package com.novastoryteller.book;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.imageio.ImageIO;

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

/** A finished story becomes an EPUB that reads itself aloud, word by word, in the story's own narration. */
@ApplicationTest
@TestPropertySource(properties = "storyteller.providers.narrator=embedded")
class ReadAloudBookApiTests {

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
    void theEpubPassesEpubcheckAndReadsItselfAloudWordByWord() throws IOException {
        Api.Reply created = api.post("/api/stories/", mia.token(), Map.of("prompt", "a girl named Ada who builds a robot",
                "length", "short"));
        JsonNode story = api.awaitReady(created.json().get("id").asString(), mia.token(), Duration.ofSeconds(60));
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
