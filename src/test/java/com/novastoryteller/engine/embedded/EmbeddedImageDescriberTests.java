package com.novastoryteller.engine.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

/** The offline describer says what a child would say at a glance: the colours, where they are, the big shape. */
class EmbeddedImageDescriberTests {

    private final EmbeddedImageDescriber describer = new EmbeddedImageDescriber();

    @Test
    void aSkyAGrassyHillAndASunAreReadFromTheColoursAndTheirPlaces() throws IOException {
        BufferedImage drawing = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D pen = drawing.createGraphics();
        pen.setColor(new Color(90, 160, 240));
        pen.fillRect(0, 0, 800, 600);
        pen.setColor(new Color(60, 170, 70));
        pen.fillRect(0, 430, 800, 170);
        pen.setColor(new Color(250, 215, 40));
        pen.fillOval(560, 70, 130, 130);
        pen.dispose();

        String description = describer.describe(png(drawing), "a dragon on a hill.");

        assertThat(description).startsWith("a dragon on a hill, in ")
                .contains("blue").contains("green")
                .contains("blue across the top").contains("green along the bottom")
                .contains("a round yellow shape near the top right");
    }

    @Test
    void thePaperIsNotAColourOfTheDrawingAndADarkPictureIsSaidToBeDark() throws IOException {
        BufferedImage onPaper = new BufferedImage(400, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D pen = onPaper.createGraphics();
        pen.setColor(Color.WHITE);
        pen.fillRect(0, 0, 400, 400);
        pen.setColor(new Color(200, 30, 40));
        pen.fillRect(100, 60, 200, 280);
        pen.dispose();
        assertThat(describer.describe(png(onPaper), null)).isEqualTo("a picture, in bright red, with a tall red shape in the middle")
                .doesNotContain("white");

        BufferedImage night = new BufferedImage(400, 400, BufferedImage.TYPE_INT_RGB);
        pen = night.createGraphics();
        pen.setColor(new Color(10, 10, 40));
        pen.fillRect(0, 0, 400, 400);
        pen.dispose();
        assertThat(describer.describe(png(night), "the night")).startsWith("the night").contains("dark");
        assertThat(describer.describe(png(night), "My owl at night!")).as("told as anyone in the story would say it")
                .startsWith("an owl at night, ");
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
