package com.novastoryteller.media;

import java.util.Optional;

import org.springframework.core.io.Resource;

/** Where media files live, by key ("audio/ab12....mp3"): a local directory now, an S3 bucket later. */
public interface MediaStorage {

    void put(String key, byte[] content);

    Optional<Resource> get(String key);

    boolean exists(String key);

    void delete(String key);
}
