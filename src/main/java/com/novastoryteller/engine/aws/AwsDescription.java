package com.novastoryteller.engine.aws;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.novastoryteller.engine.provider.ProviderChoices;
import com.novastoryteller.engine.provider.ProviderDescription;
import com.novastoryteller.engine.provider.Secrets;
import com.novastoryteller.usage.Provider;

/** Amazon Bedrock and Polly as the diagnostics show them: where and as whom they are called, and which models. */
@Component
class AwsDescription implements ProviderDescription {

    private static final String DEFAULT_CHAIN = "from the AWS SDK's default chain";

    private final AwsSettings aws;
    private final ProviderChoices choices;

    AwsDescription(AwsSettings aws, ProviderChoices choices) {
        this.aws = aws;
        this.choices = choices;
    }

    @Override
    public String name() {
        return "aws";
    }

    @Override
    public String title() {
        return "Amazon Web Services (Bedrock, Polly)";
    }

    @Override
    public boolean inUse() {
        return choices.uses(Provider.BEDROCK, Provider.POLLY);
    }

    @Override
    public Map<String, String> settings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("region", orDefaultChain(aws.region()));
        settings.put("endpoint", Secrets.maskUrl(aws.endpoint() == null ? null : aws.endpoint().toString()));
        settings.put("access_key_id", aws.accessKeyId() == null ? DEFAULT_CHAIN : Secrets.mask(aws.accessKeyId()));
        settings.put("secret_access_key", Secrets.mask(aws.secretAccessKey()));
        settings.put("text_model", aws.bedrock().textModel());
        settings.put("image_model", aws.bedrock().imageModel());
        settings.put("sonic_model", aws.bedrock().sonicModel());
        return settings;
    }

    private static String orDefaultChain(@Nullable String value) {
        return value == null || value.isBlank() ? DEFAULT_CHAIN : value;
    }
}
