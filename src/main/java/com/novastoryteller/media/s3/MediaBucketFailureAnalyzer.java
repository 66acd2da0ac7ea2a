package com.novastoryteller.media.s3;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A server that cannot use its media bucket ends with what is wrong and what to do, not a stack trace. */
class MediaBucketFailureAnalyzer extends AbstractFailureAnalyzer<MediaBucketUnavailable> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MediaBucketUnavailable cause) {
        return new FailureAnalysis(cause.problem(), cause.action(), cause);
    }
}
