package com.novastoryteller.engine.embedded;

import java.nio.charset.StandardCharsets;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import com.novastoryteller.engine.ImageStyle;
import com.novastoryteller.engine.Illustrator;
import com.novastoryteller.engine.Scene;
import com.novastoryteller.engine.embedded.picture.Painter;

/**
 * The offline illustrator: a picture-book scene in SVG, laid out by the {@link Painter}. The sky follows the time
 * of day and the weather, the land follows the setting, the heroes stand on it doing the part's action with its
 * object, and the part's other things are beside them. Everything random is seeded by the scene, so the same scene
 * is always the same picture, and each figure's look comes from its name, kind and description only, so a
 * character looks the same on every page.
 */
@Component
@ConditionalOnProperty(name = "storyteller.providers.illustrator", havingValue = "embedded", matchIfMissing = true)
public class EmbeddedIllustrator implements Illustrator {

    @Override
    public Illustration draw(Scene scene) {
        return svg(Painter.paint(scene));
    }

    @Override
    public Illustration portrait(Scene.Figure figure, ImageStyle style) {
        return svg(Painter.portrait(figure, style));
    }

    private static Illustration svg(Painter.Picture picture) {
        return new Illustration(picture.svg().getBytes(StandardCharsets.UTF_8), "image/svg+xml");
    }
}
