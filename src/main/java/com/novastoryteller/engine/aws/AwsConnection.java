package com.novastoryteller.engine.aws;

import java.net.URI;
import java.time.Duration;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

import com.novastoryteller.engine.provider.ProviderGuard;
import com.novastoryteller.engine.provider.ProviderSettings;
import com.novastoryteller.engine.provider.WritingFallback;
import com.novastoryteller.usage.Provider;
import com.novastoryteller.usage.ProviderUsage;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.Protocol;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeAsyncClient;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;

/**
 * The AWS clients, each made once and only when a capability is switched to an AWS provider: region, credentials
 * and endpoint from {@link AwsSettings} or the SDK's default chain; every call with the providers' timeout, and
 * retried (the SDK's standard strategy for Bedrock: exponential backoff with jitter, on throttling and 5xx) as many
 * times as {@code storyteller.providers.retries} says.
 */
@Component
@Lazy
class AwsConnection {

    static final Duration SONIC_SESSION_LIMIT = Duration.ofMinutes(8);

    private final AwsSettings aws;
    private final ProviderSettings settings;
    private final ProviderUsage usage;
    private final SingletonSupplier<BedrockRuntimeClient> client;
    private final SingletonSupplier<BedrockRuntimeAsyncClient> asyncClient;
    private final SingletonSupplier<BedrockRuntimeAsyncClient> sonicClient;
    private final SingletonSupplier<PollySpeech> polly = SingletonSupplier.of(this::pollySpeech);

    AwsConnection(AwsSettings aws, ProviderSettings settings, ProviderUsage usage) {
        this.aws = aws;
        this.settings = settings;
        this.usage = usage;
        this.client = SingletonSupplier.of(() -> configure(BedrockRuntimeClient.builder(), settings.timeout()).build());
        // ConverseStream streams only its answer, so it is spoken over HTTP/1.1, as boto3 speaks it.
        this.asyncClient = SingletonSupplier.of(() -> configure(BedrockRuntimeAsyncClient.builder(), settings.timeout())
                .httpClientBuilder(NettyNioAsyncHttpClient.builder().protocol(Protocol.HTTP1_1)).build());
        // Nova Sonic's bidirectional stream needs HTTP/2, and a conversation may last up to Sonic's own 8 minutes.
        this.sonicClient = SingletonSupplier.of(() -> configure(BedrockRuntimeAsyncClient.builder(), SONIC_SESSION_LIMIT)
                .httpClientBuilder(NettyNioAsyncHttpClient.builder().protocol(Protocol.HTTP2)).build());
    }

    BedrockRuntimeClient client() {
        return client.obtain();
    }

    BedrockRuntimeAsyncClient asyncClient() {
        return asyncClient.obtain();
    }

    BedrockRuntimeAsyncClient sonicClient() {
        return sonicClient.obtain();
    }

    /** Polly, at {@code storyteller.aws.endpoint}, {@code AWS_ENDPOINT_URL_POLLY}, or its regional address. */
    PollySpeech polly() {
        return polly.obtain();
    }

    AwsSettings aws() {
        return aws;
    }

    AwsSettings.Bedrock models() {
        return aws.bedrock();
    }

    ProviderSettings settings() {
        return settings;
    }

    ProviderGuard guard(String capability, String doing) {
        return guard(Provider.BEDROCK, capability, doing);
    }

    ProviderGuard guard(Provider provider, String capability, String doing) {
        return new ProviderGuard(provider, capability, doing, settings, usage);
    }

    WritingFallback writingFallback() {
        return new WritingFallback(Provider.BEDROCK, settings, usage);
    }

    private PollySpeech pollySpeech() {
        String region = aws.region() != null && !aws.region().isBlank() ? aws.region()
                : DefaultAwsRegionProviderChain.builder().build().getRegion().id();
        String override = System.getenv("AWS_ENDPOINT_URL_POLLY");
        URI endpoint = aws.endpoint() != null ? aws.endpoint()
                : URI.create(override != null ? override : "https://polly." + region + ".amazonaws.com");
        return new PollySpeech(endpoint, region, credentials(), settings.timeout());
    }

    private <B extends AwsClientBuilder<B, ?>> B configure(B builder, Duration timeout) {
        builder.credentialsProvider(credentials()).overrideConfiguration(ClientOverrideConfiguration.builder()
                .apiCallTimeout(timeout)
                .retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder().maxAttempts(settings.retries() + 1)
                        .build())
                .build());
        if (aws.region() != null && !aws.region().isBlank()) {
            builder.region(Region.of(aws.region()));
        }
        if (aws.endpoint() != null) {
            builder.endpointOverride(aws.endpoint());
        }
        return builder;
    }

    private AwsCredentialsProvider credentials() {
        if (aws.accessKeyId() != null && !aws.accessKeyId().isBlank() && aws.secretAccessKey() != null) {
            return StaticCredentialsProvider.create(AwsBasicCredentials.create(aws.accessKeyId(), aws.secretAccessKey()));
        }
        return DefaultCredentialsProvider.builder().build();
    }
}
