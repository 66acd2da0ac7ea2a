package com.novastoryteller.engine.aws;

import java.util.Base64;

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

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.bedrockruntime.model.InvokeModelRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Paints part pictures and portraits with Nova Canvas ({@code TEXT_IMAGE}, 1024 × 1024 PNG) by Bedrock's
 * InvokeModel. Every picture is asked for in the same words of style, and every part of one story with the same
 * seed, so a story's pictures look like one book; a character's portrait has a seed of its own. When Bedrock cannot,
 * the embedded illustrator draws the picture.
 */
@Component
@ConditionalOnProperty(name = "storyteller.providers.illustrator", havingValue = "bedrock")
class BedrockIllustrator implements Illustrator {

    /** Nova Canvas takes at most this many characters of prompt, and seeds up to this number. */
    static final int MAX_PROMPT = 1024;
    static final int MAX_SEED = 858_993_459;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AwsConnection connection;
    private final ProviderGuard guard;
    private final Illustrator embedded = new EmbeddedIllustrator();

    BedrockIllustrator(AwsConnection connection) {
        this.connection = connection;
        this.guard = connection.guard("illustrator", "draw the picture");
    }

    @Override
    public Illustration draw(Scene scene) {
        return draw(scene, scene.setting().hashCode());
    }

    @Override
    public Illustration draw(Scene scene, long storySeed) {
        return guard.call(() -> paint(IllustrationPrompt.scene(scene), storySeed), () -> embedded.draw(scene));
    }

    @Override
    public Illustration portrait(Scene.Figure figure, ImageStyle style) {
        return guard.call(() -> paint(IllustrationPrompt.portrait(figure, style),
                (figure.name() + "/" + figure.variant()).hashCode()), () -> embedded.portrait(figure, style));
    }

    private ProviderGuard.Used<Illustration> paint(String prompt, long seed) {
        ObjectNode request = JSON.createObjectNode().put("taskType", "TEXT_IMAGE");
        request.putObject("textToImageParams")
                .put("text", prompt.length() > MAX_PROMPT ? prompt.substring(0, MAX_PROMPT) : prompt)
                .put("negativeText", "text, letters, words, frightening, dark, blood, weapons");
        request.putObject("imageGenerationConfig").put("numberOfImages", 1).put("width", 1024).put("height", 1024)
                .put("cfgScale", 6.5).put("seed", Math.floorMod(seed, MAX_SEED + 1L));
        JsonNode answer = JSON.readTree(connection.client().invokeModel(InvokeModelRequest.builder()
                .modelId(connection.models().imageModel()).contentType("application/json").accept("application/json")
                .body(SdkBytes.fromByteArray(JSON.writeValueAsBytes(request))).build()).body().asByteArray());
        if (!answer.path("error").isMissingNode() && !answer.path("error").isNull()) {
            throw new IllegalStateException("Nova Canvas refused the picture");
        }
        byte[] png = PngCheck.require(Base64.getDecoder().decode(answer.path("images").path(0).asString()));
        return new ProviderGuard.Used<>(new Illustration(png, "image/png"), Usage.images(1));
    }
}
