package com.novastoryteller.book;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import com.novastoryteller.media.SvgRaster;

/** A picture as books hold it: a JPEG, whatever it was drawn or uploaded as, with its size in pixels. */
record BookPicture(byte[] jpeg, int width, int height) {

    /** Wide enough for a printed A4 page at about 150 dpi. */
    static final int PRINT_WIDTH = 1000;

    /** A part's picture, by its name's type: drawn (SVG) or painted by a provider (PNG). */
    static BookPicture of(String name, byte[] picture) {
        return name.endsWith(".svg") ? ofSvg(picture) : ofImage(picture);
    }

    static BookPicture ofSvg(byte[] svg) {
        return of(SvgRaster.render(svg, PRINT_WIDTH));
    }

    /** A stored drawing (JPEG or PNG, already cleaned when it was uploaded). */
    static BookPicture ofImage(byte[] image) {
        try {
            BufferedImage read = ImageIO.read(new ByteArrayInputStream(image));
            if (read == null) {
                throw new IllegalArgumentException("Not a picture");
            }
            return of(read);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BookPicture of(BufferedImage image) {
        BufferedImage opaque = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = opaque.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
        graphics.drawImage(image, 0, 0, null);
        graphics.dispose();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(jpeg)) {
            ImageWriteParam quality = writer.getDefaultWriteParam();
            quality.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            quality.setCompressionQuality(0.88f);
            writer.setOutput(out);
            writer.write(null, new IIOImage(opaque, null, null), quality);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        finally {
            writer.dispose();
        }
        return new BookPicture(jpeg.toByteArray(), opaque.getWidth(), opaque.getHeight());
    }
}
