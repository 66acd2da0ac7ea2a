package com.novastoryteller.story;

/** The installation's stories, all of them and by where their writing stands. */
public record StoryCounts(long total, long ready, long generating, long failed) {
}
