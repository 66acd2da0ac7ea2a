package com.novastoryteller.admin;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.SpringBootVersion;
import org.springframework.core.env.Environment;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.novastoryteller.account.QuotaProperties;
import com.novastoryteller.engine.Narrator;
import com.novastoryteller.engine.provider.ProviderChoices;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** What this installation runs on: who serves each capability, with which model, where data lives; no secret in full. */
@RestController
@RequestMapping("/api/admin/config")
@Tag(name = "Admin")
class AdminConfigApi {

    private final Environment environment;
    private final DataSource dataSource;
    private final Narrator narrator;
    private final ProviderChoices choices;
    private final QuotaProperties quotas;

    AdminConfigApi(Environment environment, DataSource dataSource, Narrator narrator, ProviderChoices choices,
            QuotaProperties quotas) {
        this.quotas = quotas;
        this.environment = environment;
        this.dataSource = dataSource;
        this.narrator = narrator;
        this.choices = choices;
    }

    @Operation(summary = "Which engine or provider serves each capability, models, storage, database and versions; secrets masked")
    @GetMapping
    Map<String, Object> config() throws SQLException {
        Map<String, Object> config = new LinkedHashMap<>();
        Map<String, String> providers = new LinkedHashMap<>();
        choices.all().forEach(choice -> providers.put(choice.capability().setting(), choice.chosen()));
        config.put("providers", providers);
        config.put("fallback_to_embedded", environment.getProperty("storyteller.providers.fallback-to-embedded",
                Boolean.class, true));
        config.put("timeout", environment.getProperty("storyteller.providers.timeout", "60s"));
        config.put("retries", environment.getProperty("storyteller.providers.retries", Integer.class, 2));
        Map<String, Object> openAi = new LinkedHashMap<>();
        openAi.put("in_use", providers.containsValue("openai"));
        openAi.put("base_url", environment.getProperty("spring.ai.openai.base-url", "https://api.openai.com/v1"));
        openAi.put("api_key", Secrets.mask(environment.getProperty("spring.ai.openai.api-key")));
        openAi.put("chat_model", environment.getProperty("spring.ai.openai.chat.options.model", "gpt-4o-mini"));
        openAi.put("moderation_model", environment.getProperty("spring.ai.openai.moderation.options.model",
                "omni-moderation-latest"));
        openAi.put("image_model", environment.getProperty("spring.ai.openai.image.options.model", "gpt-image-1"));
        openAi.put("speech_model", environment.getProperty("spring.ai.openai.audio.speech.options.model",
                "gpt-4o-mini-tts"));
        openAi.put("transcription_model", environment.getProperty("spring.ai.openai.audio.transcription.options.model",
                "whisper-1"));
        config.put("openai", openAi);
        Map<String, Object> ollama = new LinkedHashMap<>();
        ollama.put("in_use", providers.containsValue("ollama"));
        ollama.put("base_url", Secrets.maskUrl(environment.getProperty("spring.ai.ollama.base-url", "http://localhost:11434")));
        ollama.put("chat_model", environment.getProperty("spring.ai.ollama.chat.options.model", "llama3.2"));
        ollama.put("vision_model", environment.getProperty("storyteller.ollama.vision-model", "llava"));
        config.put("ollama", ollama);
        Map<String, Object> aws = new LinkedHashMap<>();
        aws.put("in_use", providers.containsValue("bedrock") || providers.containsValue("polly"));
        aws.put("region", environment.getProperty("storyteller.aws.region", "from the AWS SDK's default chain"));
        aws.put("endpoint", Secrets.maskUrl(environment.getProperty("storyteller.aws.endpoint")));
        aws.put("access_key_id", environment.getProperty("storyteller.aws.access-key-id") == null
                ? "from the AWS SDK's default chain" : Secrets.mask(environment.getProperty("storyteller.aws.access-key-id")));
        aws.put("secret_access_key", Secrets.mask(environment.getProperty("storyteller.aws.secret-access-key")));
        aws.put("text_model", environment.getProperty("storyteller.aws.bedrock.text-model", "us.amazon.nova-2-lite-v1:0"));
        aws.put("image_model", environment.getProperty("storyteller.aws.bedrock.image-model", "amazon.nova-canvas-v1:0"));
        aws.put("sonic_model", environment.getProperty("storyteller.aws.bedrock.sonic-model", "amazon.nova-2-sonic-v1:0"));
        config.put("aws", aws);
        config.put("quotas", Map.of("stories_per_day", quotas.storiesPerDay(),
                "spend_per_day_usd", quotas.spendPerDayUsd()));
        config.put("narrator", Map.of("edition", narrator.edition(), "voices", narrator.voices().size()));
        config.put("storage", storage());
        config.put("database", database());
        config.put("versions", Map.of("java", System.getProperty("java.version"), "spring_boot",
                String.valueOf(SpringBootVersion.getVersion()), "application", version()));
        return config;
    }

    /** Where media are kept: the data directory's folder, or the bucket (by name and server, never a secret). */
    private Map<String, String> storage() {
        String dataDir = Path.of(environment.getProperty("storyteller.data-dir", "./data")).toAbsolutePath().normalize()
                .toString();
        String kind = environment.getProperty("storyteller.media.store", "local");
        if (!kind.equalsIgnoreCase("s3")) {
            return Map.of("kind", "local", "data_dir", dataDir, "location", dataDir);
        }
        String prefix = environment.getProperty("storyteller.media.s3.prefix", "").replaceAll("^/+|/+$", "");
        String endpoint = environment.getProperty("storyteller.media.s3.endpoint");
        return Map.of("kind", "s3", "data_dir", dataDir, "location", "s3://"
                + environment.getProperty("storyteller.media.s3.bucket", "") + "/" + (prefix.isEmpty() ? "" : prefix + "/")
                + (endpoint == null ? "" : " at " + Secrets.maskUrl(endpoint)));
    }

    private Map<String, String> database() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            return Map.of("kind", meta.getDatabaseProductName(), "version", meta.getDatabaseProductVersion(),
                    "url", Secrets.maskUrl(meta.getURL()));
        }
    }

    private static String version() {
        @Nullable String version = AdminConfigApi.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }
}
