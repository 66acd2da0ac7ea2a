package com.novastoryteller.generation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The job queue's pace: how many stories are written at once on this node, how often it looks for
 * jobs it was not told about (another node's, or one whose node died), and how soon a dead node's job
 * is taken over (four missed heartbeats). {@code line-delay} slows the writer down to a given pace,
 * to watch a story stream in or to stand in for a slower writer in tests and benchmarks.
 */
@ConfigurationProperties("storyteller.generation")
record GenerationProperties(
        @DefaultValue("4") int threads,
        @DefaultValue("2s") Duration pollingInterval,
        @DefaultValue("2s") Duration heartbeatInterval,
        @DefaultValue("1s") Duration retryBackoff,
        @DefaultValue("0ms") Duration lineDelay) {
}
