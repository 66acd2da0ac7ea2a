package com.novastoryteller.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import com.novastoryteller.account.QuotaProperties;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

class SettingsTests {

    private static final Map<String, String> EMBEDDED = Map.of("writer", "embedded", "narrator", "embedded");

    @Test
    void anInstallationWithNothingSetRunsOnDefaultsAndSaysWhere() {
        Settings settings = settings(new MockEnvironment(), EMBEDDED);

        assertThat(settings.fallbackToEmbedded()).isTrue();
        assertThat(settings.timeout()).isEqualTo("60s");
        assertThat(settings.retries()).isEqualTo(2);
        assertThat(settings.openai().inUse()).isFalse();
        assertThat(settings.openai().apiKey()).isEqualTo("not set");
        assertThat(settings.aws().accessKeyId()).isEqualTo("from the AWS SDK's default chain");
        String dataDir = Path.of("./data").toAbsolutePath().normalize().toString();
        assertThat(settings.storage()).isEqualTo(new Settings.Storage("local", dataDir, dataDir));
    }

    @Test
    void aProviderChosenIsInUseAndItsSecretsAreMasked() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("spring.ai.openai.api-key", "sk-proj-abcdefghijklmnop1234")
                .withProperty("storyteller.aws.access-key-id", "AKIAABCDEFGHIJKL9876")
                .withProperty("storyteller.aws.secret-access-key", "s3cr3t-s3cr3t-s3cr3t")
                .withProperty("spring.ai.ollama.base-url", "http://user:hunter2@ollama:11434");

        Settings settings = settings(environment, Map.of("writer", "openai", "narrator", "polly"));

        assertThat(settings.openai().inUse()).isTrue();
        assertThat(settings.openai().apiKey()).isEqualTo("****1234");
        assertThat(settings.aws().inUse()).as("Polly is AWS's").isTrue();
        assertThat(settings.aws().accessKeyId()).isEqualTo("****9876");
        assertThat(settings.aws().secretAccessKey()).isEqualTo("****cr3t");
        assertThat(settings.ollama().inUse()).isFalse();
        assertThat(settings.ollama().baseUrl()).isEqualTo("http://****@ollama:11434");
    }

    @Test
    void aBucketIsNamedWithItsPrefixAndServerButNoSecret() {
        MockEnvironment environment = new MockEnvironment().withProperty("storyteller.media.store", "S3")
                .withProperty("storyteller.media.s3.bucket", "stories")
                .withProperty("storyteller.media.s3.prefix", "/nova/")
                .withProperty("storyteller.media.s3.endpoint", "http://key:secret@minio:9000");

        assertThat(settings(environment, EMBEDDED).storage().location())
                .isEqualTo("s3://stories/nova/ at http://****@minio:9000");
    }

    @Test
    void theJsonNamesEverySettingAsApiMdDoes() {
        JsonMapper json = JsonMapper.builder().propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();

        JsonNode config = json.valueToTree(settings(new MockEnvironment(), EMBEDDED));

        assertThat(config.propertyNames()).containsExactly("providers", "fallback_to_embedded", "timeout", "retries",
                "openai", "ollama", "aws", "quotas", "narrator", "storage", "database", "versions");
        assertThat(config.get("openai").propertyNames()).containsExactlyInAnyOrder("in_use", "base_url", "api_key",
                "chat_model", "moderation_model", "image_model", "speech_model", "transcription_model");
        assertThat(config.get("aws").propertyNames()).containsExactlyInAnyOrder("in_use", "region", "endpoint",
                "access_key_id", "secret_access_key", "text_model", "image_model", "sonic_model");
        assertThat(config.get("quotas").get("spend_per_day_usd").decimalValue()).isEqualByComparingTo("1.00");
        assertThat(config.get("storage").propertyNames()).containsExactlyInAnyOrder("kind", "data_dir", "location");
        assertThat(config.get("versions").propertyNames()).containsExactlyInAnyOrder("java", "spring_boot",
                "application");
        assertThat(config.get("narrator").get("voices").asInt()).isEqualTo(7);
    }

    private static Settings settings(MockEnvironment environment, Map<String, String> providers) {
        return Settings.from(environment, providers, new QuotaProperties(50, new BigDecimal("1.00")),
                new Settings.Narration("marytts 5.2", 7), new Settings.Database("H2", "2.3", "jdbc:h2:mem:test"),
                new Settings.Versions("17", "4.0.0", "development"));
    }
}
