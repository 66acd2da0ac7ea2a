package com.novastoryteller.generation;

/**
 * How the writing went over the last day: the tasks queued in it by how they stand, the average time from start to
 * finish of those completed, the share of finished tasks that completed, and the average attempts per task.
 */
public record TaskFigures(long total, long completed, long failed, long running, long averageTaskMs,
        double successRate, double averageAttempts) {
}
