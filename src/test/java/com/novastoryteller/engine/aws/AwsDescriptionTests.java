package com.novastoryteller.engine.aws;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.mock.env.MockEnvironment;

import com.novastoryteller.engine.provider.ProviderChoices;

class AwsDescriptionTests {

    @Test
    void withNothingSetCredentialsComeFromTheDefaultChain() {
        AwsDescription aws = description(new MockEnvironment());

        assertThat(aws.inUse()).isFalse();
        assertThat(aws.settings()).containsEntry("region", "from the AWS SDK's default chain")
                .containsEntry("access_key_id", "from the AWS SDK's default chain")
                .containsEntry("secret_access_key", "not set")
                .containsEntry("text_model", "us.amazon.nova-2-lite-v1:0");
    }

    @Test
    void pollyAloneIsEnoughToBeInUseAndKeysAreMasked() {
        AwsDescription aws = description(new MockEnvironment().withProperty("storyteller.providers.narrator", "polly")
                .withProperty("storyteller.aws.access-key-id", "AKIAABCDEFGHIJKL9876")
                .withProperty("storyteller.aws.secret-access-key", "s3cr3t-s3cr3t-s3cr3t")
                .withProperty("storyteller.aws.region", "eu-west-1"));

        assertThat(aws.inUse()).isTrue();
        assertThat(aws.settings()).containsEntry("access_key_id", "****9876")
                .containsEntry("secret_access_key", "****cr3t").containsEntry("region", "eu-west-1");
    }

    private static AwsDescription description(MockEnvironment environment) {
        AwsSettings settings = Binder.get(environment).bindOrCreate("storyteller.aws", AwsSettings.class);
        return new AwsDescription(settings, new ProviderChoices(environment));
    }
}
