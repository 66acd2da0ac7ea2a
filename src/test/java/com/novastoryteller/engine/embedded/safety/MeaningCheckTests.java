package com.novastoryteller.engine.embedded.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MeaningCheckTests {

    @Test
    void theShippedClassifierWasLearntFromTheShippedExamples() {
        assertThat(MeaningCheck.class.getResource(MeaningCheck.CLASSIFIER)).as("run bench/train-safety to write the classifier")
                .isNotNull();
        assertThat(MeaningCheck.shippedClassifier())
                .as("the examples changed since the classifier was written: run bench/train-safety").isPresent();
    }

    @Test
    void readsWhatASentenceMeansThoughNoExampleSaysIt() {
        MeaningCheck check = MeaningCheck.get();
        assertThat(check.closeness("a girl who hides her dinner in a napkin every night so she can get thinner").isUnsafe())
                .isTrue();
        assertThat(check.closeness("a girl who hides a birthday present under her bed for her brother").isUnsafe()).isFalse();
    }
}
