package com.novastoryteller.media.s3;

import java.io.InputStream;
import java.time.Instant;

import org.springframework.core.io.AbstractResource;

import software.amazon.awssdk.services.s3.S3Client;

/**
 * An object found by a HEAD: its length and date are known without reading it, and each {@link #getInputStream()}
 * is an {@link ObjectStream}, which reads from where it was skipped to, so a Range request fetches only its range.
 */
final class S3ObjectResource extends AbstractResource {

    private final S3Client s3;
    private final String bucket;
    private final String key;
    private final long length;
    private final Instant lastModified;

    S3ObjectResource(S3Client s3, String bucket, String key, long length, Instant lastModified) {
        this.s3 = s3;
        this.bucket = bucket;
        this.key = key;
        this.length = length;
        this.lastModified = lastModified;
    }

    @Override
    public InputStream getInputStream() {
        return new ObjectStream(s3, bucket, key, length);
    }

    @Override
    public boolean exists() {
        return true;
    }

    @Override
    public long contentLength() {
        return length;
    }

    @Override
    public long lastModified() {
        return lastModified.toEpochMilli();
    }

    @Override
    public String getFilename() {
        return key.substring(key.lastIndexOf('/') + 1);
    }

    @Override
    public String getDescription() {
        return "object s3://" + bucket + "/" + key;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof S3ObjectResource object && object.bucket.equals(bucket) && object.key.equals(key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }
}
