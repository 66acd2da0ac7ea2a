package com.novastoryteller.media.s3;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.stereotype.Component;

import com.novastoryteller.media.MediaStorage;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Media as objects in a bucket, under {@code <prefix><key>}. An object is written whole by one PUT, so a reader
 * never sees half a file; keys name their content, so an object never changes once written.
 */
@Component
@ConditionalOnProperty(name = "storyteller.media.store", havingValue = "s3")
class S3MediaStorage implements MediaStorage, DisposableBean {

    private final S3Client s3;
    private final S3MediaProperties settings;
    private final String bucket;

    @Autowired
    S3MediaStorage(S3MediaProperties settings) {
        this(S3Clients.connect(settings), settings);
    }

    /** With a client of the caller's (the tests listen to its requests). */
    S3MediaStorage(S3Client s3, S3MediaProperties settings) {
        this.s3 = s3;
        this.settings = settings;
        this.bucket = S3Clients.checkBucket(s3, settings);
    }

    @Override
    public void put(String key, byte[] content) {
        s3.putObject(request -> request.bucket(bucket).key(objectKey(key)).contentType(contentType(key)),
                RequestBody.fromBytes(content));
    }

    /** Uploads a file without reading it into memory first. */
    void put(String key, Path file) {
        s3.putObject(request -> request.bucket(bucket).key(objectKey(key)).contentType(contentType(key)),
                RequestBody.fromFile(file));
    }

    @Override
    public Optional<Resource> get(String key) {
        return head(key).map(object -> new S3ObjectResource(s3, bucket, objectKey(key), object.contentLength(),
                object.lastModified()));
    }

    @Override
    public boolean exists(String key) {
        return head(key).isPresent();
    }

    /** The stored object's size, if there is one. */
    OptionalLong size(String key) {
        return head(key).map(object -> OptionalLong.of(object.contentLength())).orElseGet(OptionalLong::empty);
    }

    /** Deletes the object; deleting one that is not there is no error, as removing a file already gone is not. */
    @Override
    public void delete(String key) {
        s3.deleteObject(request -> request.bucket(bucket).key(objectKey(key)));
    }

    @Override
    public void destroy() {
        s3.close();
    }

    /** Where the objects are, in words. */
    String where() {
        return settings.where();
    }

    private Optional<HeadObjectResponse> head(String key) {
        try {
            return Optional.of(s3.headObject(request -> request.bucket(bucket).key(objectKey(key))));
        }
        catch (S3Exception e) {
            // HEAD answers have no body, so a missing object is known by its status alone.
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private String objectKey(String key) {
        return settings.folder() + MediaStorage.requireKey(key);
    }

    private static String contentType(String key) {
        return MediaTypeFactory.getMediaType(key).orElse(MediaType.APPLICATION_OCTET_STREAM).toString();
    }
}
