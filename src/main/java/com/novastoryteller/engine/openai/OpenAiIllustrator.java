package com.novastoryteller.engine.openai;

import java.util.Base64;

import org.springframework.ai.image.Image;
import org.springframework.ai.image.ImagePrompt;
import org.springframework.ai.openai.OpenAiImageModel;
import org.springframework.ai.openai.OpenAiImageOptions;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import com.novastoryteller.engine.IllustrationPrompt;
import com.novastoryteller.engine.Illustrator;
import com.novastoryteller.engine.ImageStyle;
import com.novastoryteller.engine.Scene;
import com.novastoryteller.engine.embedded.EmbeddedIllustrator;
import com.novastoryteller.engine.provider.PngCheck;
import com.novastoryteller.engine.provider.ProviderGuard;
import com.novastoryteller.usage.Usage;

/**
 * Paints part pictures and portraits with OpenAI's images API (PNG, 1024 × 1024), asked in the same words of style
 * for every picture. When OpenAI cannot, the embedded illustrator draws the picture.
 */
@Component
@ConditionalOnProperty(name = "storyteller.providers.illustrator", havingValue = "openai")
class OpenAiIllustrator implements Illustrator {

    private final OpenAiImageModel model;
    private final OpenAiImageOptions options;
    private final ProviderGuard guard;
    private final Illustrator embedded = new EmbeddedIllustrator();

    OpenAiIllustrator(OpenAiConnection connection, OpenAiSettings openai) {
        String modelName = openai.imageModel();
        OpenAiImageOptions.Builder options = connection.connect(OpenAiImageOptions.builder()).model(modelName)
                .size("1024x1024").n(1);
        if (modelName.startsWith("dall-e")) {
            options.responseFormat("b64_json"); // the GPT image models always answer with the picture itself
        }
        this.options = options.build();
        this.model = OpenAiImageModel.builder().options(this.options).build();
        this.guard = connection.guard("illustrator", "draw the picture");
    }

    @Override
    public Illustration draw(Scene scene) {
        return guard.call(() -> paint(IllustrationPrompt.scene(scene)), () -> embedded.draw(scene));
    }

    @Override
    public Illustration portrait(Scene.Figure figure, ImageStyle style) {
        return guard.call(() -> paint(IllustrationPrompt.portrait(figure, style)), () -> embedded.portrait(figure, style));
    }

    private ProviderGuard.Used<Illustration> paint(String prompt) {
        Image image = model.call(new ImagePrompt(prompt, options)).getResult().getOutput();
        if (image.getB64Json() == null) {
            throw new IllegalStateException("The picture came as a link, not as the picture");
        }
        byte[] png = PngCheck.require(Base64.getDecoder().decode(image.getB64Json()));
        return new ProviderGuard.Used<>(new Illustration(png, "image/png"), Usage.images(1));
    }
}
