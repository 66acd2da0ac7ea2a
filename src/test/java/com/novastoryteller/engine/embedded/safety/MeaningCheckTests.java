package com.novastoryteller.engine.embedded.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.InputStream;

import org.junit.jupiter.api.Test;

class MeaningCheckTests {

    @Test
    void theShippedClassifierWasLearntFromTheShippedExamples() throws Exception {
        try (InputStream in = MeaningCheck.class.getResourceAsStream(MeaningCheck.CLASSIFIER)) {
            assertThat(in).as("run bench/train-safety to write the classifier").isNotNull();
            assertThat(MeaningClassifier.read(new DataInputStream(in), MeaningCheck.fingerprint()))
                    .as("the examples changed since the classifier was written: run bench/train-safety").isPresent();
        }
    }

    @Test
    void readsWhatASentenceMeansThoughNoExampleSaysIt() {
        MeaningCheck check = MeaningCheck.get();
        assertThat(check.closeness("a girl who hides her dinner in a napkin every night so she can get thinner").isUnsafe())
                .isTrue();
        assertThat(check.closeness("a girl who hides a birthday present under her bed for her brother").isUnsafe()).isFalse();
    }
}
