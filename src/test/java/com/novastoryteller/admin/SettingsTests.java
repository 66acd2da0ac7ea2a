package com.novastoryteller.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import com.novastoryteller.account.QuotaProperties;
import com.novastoryteller.engine.provider.ProviderDescription;

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
        String dataDir = Path.of("./data").toAbsolutePath().normalize().toString();
        assertThat(settings.storage()).isEqualTo(new Settings.Storage("local", dataDir, dataDir));
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
                "quotas", "narrator", "storage", "database", "versions", "far_away");
        assertThat(config.get("far_away").propertyNames()).as("whether it is in use, then its own settings")
                .containsExactly("in_use", "base_url", "api_key");
        assertThat(config.get("far_away").get("in_use").asBoolean()).isTrue();
        assertThat(config.get("far_away").get("api_key").asString()).isEqualTo("****");
        assertThat(config.get("quotas").get("spend_per_day_usd").decimalValue()).isEqualByComparingTo("1.00");
        assertThat(config.get("storage").propertyNames()).containsExactlyInAnyOrder("kind", "data_dir", "location");
        assertThat(config.get("versions").propertyNames()).containsExactlyInAnyOrder("java", "spring_boot",
                "application");
        assertThat(config.get("narrator").get("voices").asInt()).isEqualTo(7);
    }

    private static Settings settings(MockEnvironment environment, Map<String, String> providers) {
        return Settings.from(environment, providers, new QuotaProperties(50, new BigDecimal("1.00")),
                new Settings.Narration("marytts 5.2", 7), new Settings.Database("H2", "2.3", "jdbc:h2:mem:test"),
                new Settings.Versions("17", "4.0.0", "development"), List.of(new FarAway()));
    }

    /** A provider as its own package would describe it. */
    private static final class FarAway implements ProviderDescription {

        @Override
        public String name() {
            return "far_away";
        }

        @Override
        public String title() {
            return "Far Away";
        }

        @Override
        public boolean inUse() {
            return true;
        }

        @Override
        public Map<String, String> settings() {
            Map<String, String> settings = new LinkedHashMap<>();
            settings.put("base_url", "https://far.away/v1");
            settings.put("api_key", "****");
            return settings;
        }
    }
}
