package com.novastoryteller.media.s3;

import java.net.URI;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The bucket media are kept in when {@code storyteller.media.store=s3}. Credentials are the AWS SDK's default chain
 * ({@code AWS_ACCESS_KEY_ID}/{@code AWS_SECRET_ACCESS_KEY}, a profile, an instance role), never a property.
 *
 * @param bucket           the bucket, which must exist
 * @param prefix           a folder inside it for this installation's files ({@code nova/}), or none
 * @param endpoint         the server of an S3-compatible store ({@code http://minio:9000}); Amazon S3's own when unset
 * @param region           the bucket's region; the SDK's default chain when unset, else {@code us-east-1}, which
 *                         S3-compatible servers ignore
 * @param pathStyleAccess  addresses as {@code endpoint/bucket/key} rather than {@code bucket.endpoint/key}, as most
 *                         S3-compatible servers want
 */
@ConfigurationProperties("storyteller.media.s3")
record S3MediaProperties(@Nullable String bucket, @DefaultValue("") String prefix, @Nullable URI endpoint,
        @Nullable String region, @DefaultValue("false") boolean pathStyleAccess) {

    /** The prefix as a folder: without a leading slash, with a trailing one (or empty). */
    String folder() {
        String trimmed = prefix.replaceAll("^/+|/+$", "");
        return trimmed.isEmpty() ? "" : trimmed + "/";
    }

    /** Where the bucket is, in words, for messages. */
    String where() {
        return "s3://" + bucket + "/" + folder() + (endpoint == null ? "" : " at " + endpoint);
    }
}
