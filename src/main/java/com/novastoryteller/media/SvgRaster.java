package com.novastoryteller.media;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.github.weisj.jsvg.view.FloatSize;
import com.github.weisj.jsvg.view.ViewBox;

/** SVG pictures as pixels (with JSVG), for the formats that cannot hold SVG. */
public final class SvgRaster {

    private SvgRaster() {
    }

    /** The picture at the given width, its height in proportion. */
    public static BufferedImage render(byte[] svg, int width) {
        SVGDocument document = new SVGLoader().load(new ByteArrayInputStream(svg), URI.create("about:picture"),
                LoaderContext.createDefault());
        if (document == null) {
            throw new IllegalArgumentException("Not an SVG picture");
        }
        FloatSize size = document.size();
        int height = Math.round(width * size.height / size.width);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        document.render(null, graphics, new ViewBox(0, 0, width, height));
        graphics.dispose();
        return image;
    }
}
