package com.novastoryteller.book;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

import com.novastoryteller.support.Api;
import com.novastoryteller.support.Api.Registered;
import com.novastoryteller.support.ApplicationTest;

import tools.jackson.databind.JsonNode;

/**
 * A finished story becomes a picture book to print. Nothing is read aloud here: the book that reads itself aloud is
 * {@link ReadAloudBookApiTests}, and narrating these long stories would only cost the build minutes.
 */
@ApplicationTest
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

    private JsonNode readyStory(String prompt, String length) {
        Api.Reply created = api.post("/api/stories/", mia.token(), Map.of("prompt", prompt, "length", length));
        assertThat(created.status()).as(created.body()).isEqualTo(202);
        JsonNode story = api.awaitReady(created.json().get("id").asString(), mia.token(), Duration.ofSeconds(60));
        for (JsonNode part : story.get("parts")) {
            assertThat(part.get("illustration").isNull()).as("every part has its picture").isFalse();
        }
        return story;
    }

}
