package com.novastoryteller.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.jpeg.JpegCommentDirectory;
import com.novastoryteller.support.Api;
import com.novastoryteller.support.Api.Registered;
import com.novastoryteller.support.ApplicationTest;

import tools.jackson.databind.JsonNode;

/** A child's drawing comes into a story clean, upright and described; anything else is refused and leaves nothing. */
@ApplicationTest
class StoryPictureApiTests {

    private static final Path PICTURES = Path.of("target", "test-data", "media", "pictures");

    @LocalServerPort
    int port;

    Api api;
    Registered mia;

    @BeforeEach
    void signUp() {
        api = new Api(port);
        mia = api.register("drawer");
    }

    @Test
    void aPhotographedDrawingComesBackWithoutItsHiddenDataTurnedUprightAndShapesTheStory() throws Exception {
        byte[] photo = withExifAndComment(jpeg(landscape()), 6);
        Metadata sent = ImageMetadataReader.readMetadata(new ByteArrayInputStream(photo));
        assertThat(sent.getFirstDirectoryOfType(GpsDirectory.class)).as("the upload really carries a location").isNotNull();

        Api.Reply created = upload(Map.of("prompt", "a girl named Mia who finds a magic paintbrush",
                "age_band", "8-10", "image_caption", "a dragon on a hill"), "drawing.jpg", "image/jpeg", photo);
        assertThat(created.status()).as(created.body()).isEqualTo(202);
        JsonNode story = created.json();
        String id = story.get("id").asString();
        assertThat(story.get("image").asString()).isEqualTo("/api/stories/" + id + "/image");
        assertThat(story.get("image_description").asString()).startsWith("a dragon on a hill").contains("blue")
                .contains("green").as("the sun, top right in the sideways photo, is at the bottom right once upright")
                .contains("a round yellow shape near the bottom right");

        HttpResponse<byte[]> kept = api.bytes("/api/stories/" + id + "/image", mia.token());
        assertThat(kept.statusCode()).isEqualTo(200);
        assertThat(kept.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        Metadata left = ImageMetadataReader.readMetadata(new ByteArrayInputStream(kept.body()));
        assertThat(left.getFirstDirectoryOfType(GpsDirectory.class)).as("no location").isNull();
        assertThat(left.getFirstDirectoryOfType(ExifIFD0Directory.class)).as("no camera data").isNull();
        assertThat(left.getFirstDirectoryOfType(JpegCommentDirectory.class)).as("no comment").isNull();
        assertThat(new String(kept.body(), StandardCharsets.ISO_8859_1)).doesNotContain("Oak Lane");
        BufferedImage upright = ImageIO.read(new ByteArrayInputStream(kept.body()));
        assertThat(upright.getWidth()).as("turned as the camera said").isEqualTo(300);
        assertThat(upright.getHeight()).isEqualTo(400);

        assertThat(api.bytes("/api/stories/" + id + "/image", api.register("stranger").token()).statusCode()).isEqualTo(404);
        JsonNode written = api.awaitReady(id, mia.token(), Duration.ofMinutes(1));
        assertThat(written.get("story_text").asString()).as("the drawn dragon comes to help, on the drawn hill")
                .contains("dragon in your drawing").contains("the hill");

        assertThat(api.delete("/api/stories/" + id, mia.token()).status()).isEqualTo(204);
        assertThat(PICTURES.resolve(id)).as("deleting the story deletes its picture").doesNotExist();
    }

    @Test
    void everyPartHasAPictureWithTheCharactersInItForTheOwnerAndThroughAShareLink() {
        String id = api.post("/api/stories/", mia.token(), Map.of("prompt", "a fox named Rufus who finds a golden key",
                "length", "medium")).json().get("id").asString();
        JsonNode story = api.awaitReady(id, mia.token(), Duration.ofMinutes(1));
        assertThat(story.get("parts").size()).isGreaterThanOrEqualTo(3);
        String stranger = api.register("stranger").token();
        for (JsonNode part : story.get("parts")) {
            String url = part.get("illustration").asString();
            assertThat(url).startsWith("/api/stories/" + id + "/illustrations/").endsWith(".svg");
            HttpResponse<byte[]> picture = api.bytes(url, mia.token());
            assertThat(picture.statusCode()).isEqualTo(200);
            assertThat(picture.headers().firstValue("Content-Type")).hasValue("image/svg+xml");
            assertThat(new String(picture.body(), StandardCharsets.UTF_8)).as(part.get("text").asString())
                    .startsWith("<svg").contains("<title>Rufus, fox</title>");
            assertThat(api.bytes(url, stranger).statusCode()).isEqualTo(404);
        }
        assertThat(api.bytes("/api/stories/" + id + "/illustrations/..%2F..%2Fdb.svg", mia.token()).statusCode())
                .as("no way out of the story's pictures").isIn(400, 404);
        assertThat(api.bytes("/api/stories/" + id + "/illustrations/" + "a".repeat(32) + ".svg", mia.token()).statusCode())
                .isEqualTo(404);

        String token = api.post("/api/stories/" + id + "/share", mia.token(), null).json().get("token").asString();
        JsonNode shared = api.get("/api/shared/" + token, null).json();
        String sharedPicture = shared.get("parts").get(0).get("illustration").asString();
        assertThat(sharedPicture).startsWith("/api/shared/" + token + "/illustrations/").doesNotContain(id);
        assertThat(api.bytes(sharedPicture, null).statusCode()).isEqualTo(200);

        assertThat(api.delete("/api/stories/" + id, mia.token()).status()).isEqualTo(204);
        assertThat(Path.of("target", "test-data", "media", "illustrations", id)).as("its pictures go with it").doesNotExist();
    }

    @Test
    void aDrawingOnWhitePaperKeepsItsSharpEdgesAsPng() throws Exception {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(landscape(), "png", png);
        Api.Reply created = upload(Map.of("prompt", "a cat who paints the sky"), "sky.png", "image/png",
                withTextChunk(png.toByteArray(), "Author", "Mia Moon, 12 Oak Lane"));
        assertThat(created.status()).as(created.body()).isEqualTo(202);
        String id = created.json().get("id").asString();
        HttpResponse<byte[]> kept = api.bytes("/api/stories/" + id + "/image", mia.token());
        assertThat(kept.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(new String(kept.body(), StandardCharsets.ISO_8859_1)).doesNotContain("Oak Lane").doesNotContain("tEXt");
    }

    @Test
    void badHugeAndBombFilesAreRefusedAndLeaveNoStoryAndNoFile() throws Exception {
        long stories = total();
        long files = files();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(landscape(), "png", png);
        Map<String, String> fields = Map.of("prompt", "a fox who finds a key");

        assertRefused(upload(fields, "notes.png", "image/png", "just some text, not a picture".getBytes()), 415, "image-type");
        assertRefused(upload(fields, "drawing.jpg", "image/jpeg", png.toByteArray()), 415, "image-type");
        assertRefused(upload(fields, "drawing.png", "image/gif", png.toByteArray()), 415, "image-type");
        assertRefused(upload(fields, "drawing.svg", "image/svg+xml", "<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes()),
                415, "image-type");
        assertRefused(upload(fields, "bomb.png", "image/png", pngHeaderOnly(50_000, 50_000)), 413, "image-too-large");
        byte[] truncated = java.util.Arrays.copyOf(png.toByteArray(), png.size() / 3);
        assertRefused(upload(fields, "broken.png", "image/png", truncated), 422, "image-unreadable");
        byte[] huge = new byte[11 * 1024 * 1024];
        System.arraycopy(png.toByteArray(), 0, huge, 0, png.size());
        assertThat(upload(fields, "huge.png", "image/png", huge).status()).isEqualTo(413);
        assertRefused(upload(Map.of("prompt", "a fox", "age_band", "99"), "drawing.png", "image/png", png.toByteArray()),
                400, "validation");

        assertThat(total()).as("no story was made").isEqualTo(stories);
        assertThat(files()).as("no file was kept").isEqualTo(files);
    }

    @Test
    void aSmallSixteenBitPictureThatWouldUnpackToTooManyBytesIsRefusedQuicklyAndLeavesNothing() throws Exception {
        long stories = total();
        long files = files();
        byte[] flatGrey = flatSixteenBitGreyPng(6000, 6000);
        assertThat(flatGrey.length).as("small on disk").isLessThan(1024 * 1024);

        long started = System.nanoTime();
        Api.Reply reply = upload(Map.of("prompt", "a fox who finds a key"), "grey.png", "image/png", flatGrey);

        assertRefused(reply, 413, "image-too-large");
        assertThat(reply.json().get("detail").asString()).contains("6000 × 6000");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("refused before decoding").isLessThan(Duration.ofSeconds(3));
        assertThat(total()).as("no story was made").isEqualTo(stories);
        assertThat(files()).as("no file was kept").isEqualTo(files);
    }

    private void assertRefused(Api.Reply reply, int status, String kind) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).contains("problem+json");
        assertThat(reply.json().get("type").asString()).endsWith("/problems/" + kind);
    }

    private long total() {
        return api.get("/api/stories", mia.token()).json().get("count").asLong();
    }

    private static long files() throws IOException {
        if (!Files.exists(PICTURES)) {
            return 0;
        }
        try (Stream<Path> all = Files.walk(PICTURES)) {
            return all.filter(Files::isRegularFile).count();
        }
    }

    private Api.Reply upload(Map<String, String> fields, String filename, String type, byte[] image) {
        return api.multipart("/api/stories/", mia.token(), fields, "image", filename, type, image);
    }

    /** A sky, a green hill and a sun, 400 × 300. */
    private static BufferedImage landscape() {
        BufferedImage image = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D pen = image.createGraphics();
        pen.setColor(new Color(90, 160, 240));
        pen.fillRect(0, 0, 400, 300);
        pen.setColor(new Color(60, 170, 70));
        pen.fillRect(0, 215, 400, 85);
        pen.setColor(new Color(250, 215, 40));
        pen.fillOval(280, 35, 65, 65);
        pen.dispose();
        return image;
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }

    /** The JPEG with an EXIF block (orientation, GPS position) and a comment, as a phone camera might write them. */
    private static byte[] withExifAndComment(byte[] jpeg, int orientation) {
        ByteBuffer tiff = ByteBuffer.allocate(92).order(ByteOrder.LITTLE_ENDIAN);
        tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(38);
        tiff.putInt(0);
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
        tiff.putShort((short) 0x0002).putShort((short) 5).putInt(3).putInt(68);
        tiff.putInt(0);
        tiff.putInt(48).putInt(1).putInt(51).putInt(1).putInt(0).putInt(1);
        byte[] exif = segment(0xE1, concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), tiff.array()));
        byte[] comment = segment(0xFE, "Mia Moon lives at 12 Oak Lane".getBytes(StandardCharsets.ISO_8859_1));
        return concat(java.util.Arrays.copyOf(jpeg, 2), exif, comment, java.util.Arrays.copyOfRange(jpeg, 2, jpeg.length));
    }

    private static byte[] segment(int marker, byte[] content) {
        int length = content.length + 2;
        return concat(new byte[] { (byte) 0xFF, (byte) marker, (byte) (length >> 8), (byte) length }, content);
    }

    /** A PNG with a text chunk (author, address) right after its header. */
    private static byte[] withTextChunk(byte[] png, String key, String value) {
        byte[] chunk = chunk("tEXt", concat(key.getBytes(StandardCharsets.ISO_8859_1), new byte[1],
                value.getBytes(StandardCharsets.ISO_8859_1)));
        int afterHeader = 8 + 25;
        return concat(java.util.Arrays.copyOf(png, afterHeader), chunk, java.util.Arrays.copyOfRange(png, afterHeader, png.length));
    }

    /** A few hundred bytes that claim a 50,000 × 50,000 picture: decoded, it would need 10 GB. */
    /** A valid PNG of one grey, 16 bits a sample: tiny compressed, 2 bytes a pixel decoded. */
    private static byte[] flatSixteenBitGreyPng(int width, int height) throws IOException {
        ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 16).put((byte) 0)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        ByteArrayOutputStream pixels = new ByteArrayOutputStream();
        byte[] row = new byte[1 + width * 2];
        java.util.Arrays.fill(row, 1, row.length, (byte) 0x80);
        try (var deflating = new java.util.zip.DeflaterOutputStream(pixels, new java.util.zip.Deflater(9))) {
            for (int y = 0; y < height; y++) {
                deflating.write(row);
            }
        }
        return concat(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A }, chunk("IHDR", header.array()),
                chunk("IDAT", pixels.toByteArray()), chunk("IEND", new byte[0]));
    }

    private static byte[] pngHeaderOnly(int width, int height) {
        ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        return concat(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A }, chunk("IHDR", header.array()),
                chunk("IDAT", new byte[] { 0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01 }), chunk("IEND", new byte[0]));
    }

    private static byte[] chunk(String type, byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(type.getBytes(StandardCharsets.ISO_8859_1));
        crc.update(data);
        ByteBuffer chunk = ByteBuffer.allocate(12 + data.length).putInt(data.length)
                .put(type.getBytes(StandardCharsets.ISO_8859_1)).put(data).putInt((int) crc.getValue());
        return chunk.array();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
