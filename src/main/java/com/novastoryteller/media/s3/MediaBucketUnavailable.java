package com.novastoryteller.media.s3;

/**
 * The media bucket cannot be used, found at start-up: what is wrong and what to do. It carries no cause, so that a
 * one-off command, which says the most specific cause of a failure, says this.
 */
class MediaBucketUnavailable extends RuntimeException {

    private final String problem;
    private final String action;

    MediaBucketUnavailable(String problem, String action) {
        super(problem + " " + action);
        this.problem = problem;
        this.action = action;
    }

    String problem() {
        return problem;
    }

    String action() {
        return action;
    }
}
