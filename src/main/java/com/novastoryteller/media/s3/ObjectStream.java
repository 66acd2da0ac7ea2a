package com.novastoryteller.media.s3;

import java.io.IOException;
import java.io.InputStream;

import org.jspecify.annotations.Nullable;

import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

/**
 * An object's content, fetched at the first read from the position skipped to: Spring serves a Range by skipping to
 * its start, so the GET asks for the object from there on ({@code Range: bytes=start-}), and a stream closed before
 * its end is aborted rather than read to the end, so a short range does not download the rest.
 */
final class ObjectStream extends InputStream {

    private final S3Client s3;
    private final String bucket;
    private final String key;
    private final long length;
    private long position;
    private @Nullable ResponseInputStream<GetObjectResponse> body;

    ObjectStream(S3Client s3, String bucket, String key, long length) {
        this.s3 = s3;
        this.bucket = bucket;
        this.key = key;
        this.length = length;
    }

    @Override
    public long skip(long count) throws IOException {
        if (body != null) {
            long skipped = body.skip(count);
            position += skipped;
            return skipped;
        }
        long skipped = Math.max(0, Math.min(count, length - position));
        position += skipped;
        return skipped;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int count) throws IOException {
        if (count == 0) {
            return 0;
        }
        if (position >= length) {
            return -1;
        }
        int read = open().read(buffer, offset, count);
        if (read > 0) {
            position += read;
        }
        return read;
    }

    @Override
    public int available() throws IOException {
        return body == null ? 0 : body.available();
    }

    @Override
    public void close() throws IOException {
        if (body == null) {
            return;
        }
        if (position < length) {
            body.abort();
        }
        body.close();
    }

    private InputStream open() {
        if (body == null) {
            long from = position;
            body = s3.getObject(request -> request.bucket(bucket).key(key).range(from > 0 ? "bytes=" + from + "-" : null));
        }
        return body;
    }
}
