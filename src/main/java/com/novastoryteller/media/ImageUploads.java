package com.novastoryteller.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.concurrent.Semaphore;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.exif.ExifIFD0Directory;

import net.coobird.thumbnailator.Thumbnails;

/**
 * Turns an uploaded picture into the only copy that is kept. Its real kind is read from its first bytes
 * (a name or a declared type that says otherwise is refused); its size in bytes and in pixels is checked
 * before a single pixel is decoded, so a small file that would unpack to gigabytes is refused cheaply; and
 * it is drawn again from its pixels alone (turned upright first, as the camera meant it), so EXIF, GPS,
 * comments and anything else hidden in the file are gone.
 */
@Component
public class ImageUploads {

    public static final long MAX_BYTES = 10L * 1024 * 1024;
    static final long MAX_PIXELS = 40_000_000L;
    /**
     * Decoding cost follows the bytes a picture unpacks to, not its pixels: a 280 KB 16-bit grey PNG of
     * 6000 × 6000 took 12 to 21 s of CPU. 48 MiB still takes a 16-megapixel photo (3 bytes a pixel).
     */
    static final long MAX_DECODED_BYTES = 48L * 1024 * 1024;
    /** The kept copy's longest side: plenty for a page, a book or a screen. */
    static final int LONGEST_SIDE = 2048;
    private static final float JPEG_QUALITY = 0.9f;

    /** Decoding takes memory; two at a time keeps a burst of uploads from taking it all. */
    private final Semaphore decoding = new Semaphore(2);

    public CleanImage clean(byte[] upload, @Nullable String filename, @Nullable String declaredType) {
        if (upload.length == 0) {
            throw new ImageRefused(HttpStatus.BAD_REQUEST, "image-unreadable", "The picture is empty.");
        }
        if (upload.length > MAX_BYTES) {
            throw new ImageRefused(HttpStatus.CONTENT_TOO_LARGE, "image-too-large", "A picture can be at most 10 MB.");
        }
        ImageType type = ImageType.sniff(upload).orElseThrow(() -> new ImageRefused(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "image-type", "Only JPEG, PNG, WebP and GIF pictures can be used."));
        requireHonestName(type, filename, declaredType);
        decoding.acquireUninterruptibly();
        try {
            BufferedImage pixels = upright(decode(type, upload), type == ImageType.JPEG ? orientation(upload) : 1);
            return encode(type, fit(pixels));
        }
        catch (IOException | RuntimeException e) {
            if (e instanceof ImageRefused refused) {
                throw refused;
            }
            throw new ImageRefused(HttpStatus.UNPROCESSABLE_CONTENT, "image-unreadable",
                    "The picture could not be read. It may be damaged; try saving it again.");
        }
        finally {
            decoding.release();
        }
    }

    private static void requireHonestName(ImageType type, @Nullable String filename, @Nullable String declaredType) {
        String declared = declaredType == null ? "" : declaredType.strip().toLowerCase(Locale.ROOT).replaceFirst(";.*", "");
        if (!declared.isEmpty() && !declared.equals("application/octet-stream") && !type.isCalled(declared)) {
            throw new ImageRefused(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "image-type",
                    "The file says it is " + declared + " but it is a " + type.name() + " picture.");
        }
        int dot = filename == null ? -1 : filename.lastIndexOf('.');
        if (dot >= 0 && !type.hasExtension(filename.substring(dot + 1).toLowerCase(Locale.ROOT))) {
            throw new ImageRefused(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "image-type",
                    "The file's name does not match what it is (a " + type.name() + " picture).");
        }
    }

    /** Reads the size from the header first; large pictures are decoded at a fraction of their size. */
    private static BufferedImage decode(ImageType type, byte[] upload) throws IOException {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new IOException("No reader for " + type);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if ((long) width * height > MAX_PIXELS) {
                    throw new ImageRefused(HttpStatus.CONTENT_TOO_LARGE, "image-too-large",
                            "A picture can have at most 40 megapixels; this one has " + width + " × " + height + ".");
                }
                requireFewDecodedBytes(reader, width, height);
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, (int) Math.ceil(Math.max(width, height) / (2.0 * LONGEST_SIDE)));
                param.setSourceSubsampling(step, step, 0, 0);
                return reader.read(0, param);
            }
            finally {
                reader.dispose();
            }
        }
    }

    private static void requireFewDecodedBytes(ImageReader reader, int width, int height) throws IOException {
        ImageTypeSpecifier raw = reader.getRawImageType(0);
        if (raw == null) {
            raw = reader.getImageTypes(0).next();
        }
        int bitsPerPixel = 0;
        for (int bits : raw.getSampleModel().getSampleSize()) {
            bitsPerPixel += bits;
        }
        long decodedBytes = (long) width * height * Math.max(1, (bitsPerPixel + 7) / 8);
        if (decodedBytes > MAX_DECODED_BYTES) {
            throw new ImageRefused(HttpStatus.CONTENT_TOO_LARGE, "image-too-large", "A picture can unpack to at most "
                    + MAX_DECODED_BYTES / (1024 * 1024) + " MB; this one (" + width + " × " + height + ", "
                    + bitsPerPixel + " bits a pixel) would take " + decodedBytes / (1024 * 1024) + " MB.");
        }
    }

    /** The EXIF orientation (1 = upright); a photo without one, or with a broken one, is taken as it is. */
    private static int orientation(byte[] upload) {
        try {
            ExifIFD0Directory exif = ImageMetadataReader.readMetadata(new ByteArrayInputStream(upload))
                    .getFirstDirectoryOfType(ExifIFD0Directory.class);
            return exif != null && exif.containsTag(ExifIFD0Directory.TAG_ORIENTATION)
                    ? exif.getInt(ExifIFD0Directory.TAG_ORIENTATION) : 1;
        }
        catch (Exception unreadable) {
            return 1;
        }
    }

    private static BufferedImage upright(BufferedImage image, int orientation) {
        if (orientation < 2 || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean turned = orientation >= 5;
        AffineTransform transform = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
            default -> new AffineTransform(0, -1, 1, 0, 0, w);
        };
        BufferedImage result = new BufferedImage(turned ? h : w, turned ? w : h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = result.createGraphics();
        graphics.drawImage(image, transform, null);
        graphics.dispose();
        return result;
    }

    private static BufferedImage fit(BufferedImage image) throws IOException {
        if (Math.max(image.getWidth(), image.getHeight()) <= LONGEST_SIDE) {
            return image;
        }
        return Thumbnails.of(image).size(LONGEST_SIDE, LONGEST_SIDE).asBufferedImage();
    }

    /** Photos stay JPEG; drawings (PNG, GIF, WebP) become PNG, keeping their sharp edges and transparency. */
    private static CleanImage encode(ImageType type, BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (type == ImageType.JPEG) {
            BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D graphics = rgb.createGraphics();
            graphics.drawImage(image, 0, 0, Color.WHITE, null);
            graphics.dispose();
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            try (ImageOutputStream output = ImageIO.createImageOutputStream(out)) {
                writer.setOutput(output);
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(JPEG_QUALITY);
                writer.write(null, new IIOImage(rgb, null, null), param);
            }
            finally {
                writer.dispose();
            }
            return new CleanImage(out.toByteArray(), ImageType.JPEG.mediaType(), rgb.getWidth(), rgb.getHeight());
        }
        ImageIO.write(image, "png", out);
        return new CleanImage(out.toByteArray(), ImageType.PNG.mediaType(), image.getWidth(), image.getHeight());
    }
}
