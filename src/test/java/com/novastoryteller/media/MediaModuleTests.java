package com.novastoryteller.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;

/** The media module alone: it depends on no other module, so it starts by itself on the local store. */
@ApplicationModuleTest
@ActiveProfiles("test")
class MediaModuleTests {

    @Autowired
    MediaStorage media;

    @Test
    void storedBytesComeBackUnderTheirKeyUntilDeleted() throws Exception {
        String key = "audio/" + UUID.randomUUID() + ".mp3";
        byte[] clip = "a voiced sentence".getBytes(StandardCharsets.UTF_8);

        media.put(key, clip);

        assertThat(media.exists(key)).isTrue();
        assertThat(media.get(key).orElseThrow().getContentAsByteArray()).isEqualTo(clip);

        media.delete(key);
        assertThat(media.exists(key)).isFalse();
        assertThat(media.get(key)).isEmpty();
    }
}
