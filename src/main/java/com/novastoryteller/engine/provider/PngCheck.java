package com.novastoryteller.engine.provider;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/** A picture a provider painted is kept only if it is a whole PNG that can be read. */
public final class PngCheck {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private PngCheck() {
    }

    public static byte[] require(byte[] picture) {
        if (picture.length < SIGNATURE.length || !java.util.Arrays.equals(picture, 0, SIGNATURE.length, SIGNATURE, 0,
                SIGNATURE.length)) {
            throw new IllegalStateException("The picture is not a PNG");
        }
        try {
            if (ImageIO.read(new ByteArrayInputStream(picture)) == null) {
                throw new IllegalStateException("The picture cannot be read");
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return picture;
    }
}
