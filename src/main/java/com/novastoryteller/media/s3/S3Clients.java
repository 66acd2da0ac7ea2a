package com.novastoryteller.media.s3;

import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** The S3 client for the media bucket, and the start-up check that the bucket is there and may be used. */
final class S3Clients {

    private static final int SERVED_AT_ONCE = 200;

    private S3Clients() {
    }

    static S3Client connect(S3MediaProperties settings) {
        return builder(settings).build();
    }

    static S3ClientBuilder builder(S3MediaProperties settings) {
        S3ClientBuilder builder = S3Client.builder().region(region(settings)).forcePathStyle(settings.pathStyleAccess())
                // A clip or picture holds a connection while it is sent to a browser: as many as Tomcat has request
                // threads (200), where the SDK's default of 50 would make the 51st listener wait for a free one.
                .httpClientBuilder(Apache5HttpClient.builder().maxConnections(SERVED_AT_ONCE))
                // The SDK's default since 2.30 sends a checksum trailer with every upload, which many S3-compatible
                // servers (older MinIO, Ceph, Backblaze) refuse; the checksums are sent where S3 requires them.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        if (settings.endpoint() != null) {
            builder.endpointOverride(settings.endpoint());
        }
        return builder;
    }

    /** The bucket's name, once a HEAD of it has answered; otherwise why it cannot be used and what to do. */
    static String checkBucket(S3Client s3, S3MediaProperties settings) {
        String bucket = settings.bucket();
        if (bucket == null || bucket.isBlank()) {
            throw new MediaBucketUnavailable("storyteller.media.store=s3 needs a bucket, and storyteller.media.s3.bucket"
                    + " is not set.", "Set storyteller.media.s3.bucket (STORYTELLER_MEDIA_S3_BUCKET) to an existing bucket.");
        }
        try {
            s3.headBucket(request -> request.bucket(bucket));
            return bucket;
        }
        catch (S3Exception e) {
            throw switch (e.statusCode()) {
                case 404 -> new MediaBucketUnavailable("The media bucket " + settings.where() + " does not exist.",
                        "Create the bucket, or set storyteller.media.s3.bucket to one that exists.");
                case 401, 403 -> new MediaBucketUnavailable("The media bucket " + settings.where()
                        + " refused these credentials (HTTP " + e.statusCode() + ").", "Check the credentials the AWS"
                        + " SDK finds (AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, AWS_PROFILE, the instance role)"
                        + " and that they may list, read, write and delete objects in the bucket.");
                default -> new MediaBucketUnavailable("The media bucket " + settings.where() + " answered HTTP "
                        + e.statusCode() + " (" + e.awsErrorDetails().errorMessage() + ").", "Check"
                        + " storyteller.media.s3.region, endpoint and path-style-access against the bucket's settings.");
            };
        }
        catch (SdkClientException e) {
            throw new MediaBucketUnavailable("The media bucket " + settings.where() + " could not be reached: "
                    + e.getMessage(), "Check storyteller.media.s3.endpoint and region, that the storage server is"
                    + " running, and that the AWS SDK finds credentials (AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY,"
                    + " AWS_PROFILE, the instance role).");
        }
    }

    private static Region region(S3MediaProperties settings) {
        if (settings.region() != null && !settings.region().isBlank()) {
            return Region.of(settings.region());
        }
        try {
            return DefaultAwsRegionProviderChain.builder().build().getRegion();
        }
        catch (SdkClientException none) {
            return Region.US_EAST_1;
        }
    }
}
