package com.novastoryteller.support;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/** Real media for tests and fakes to send: a steady tone as PCM, a simple picture as PNG. */
public final class TestMedia {

    private TestMedia() {
    }

    /** A sine tone as 16-bit little-endian mono PCM. */
    public static byte[] tone(int sampleRate, int samples, double hertz, int amplitude) {
        byte[] pcm = new byte[samples * 2];
        for (int sample = 0; sample < samples; sample++) {
            short value = (short) (amplitude * Math.sin(2 * Math.PI * hertz * sample / sampleRate));
            pcm[2 * sample] = (byte) value;
            pcm[2 * sample + 1] = (byte) (value >> 8);
        }
        return pcm;
    }

    /** A PNG of one colour with a round spot of another in the middle, as a child's simple drawing might be. */
    public static byte[] png(int width, int height, int background, int spot) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D paint = image.createGraphics();
        paint.setColor(new Color(background));
        paint.fillRect(0, 0, width, height);
        paint.setColor(new Color(spot));
        paint.fillOval(width / 4, height / 4, width / 2, height / 2);
        paint.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }
}
