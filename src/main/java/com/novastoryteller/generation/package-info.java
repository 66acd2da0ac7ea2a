/**
 * The generation pipeline: durable jobs (db-scheduler, in the database) that stream a story from the
 * {@link com.novastoryteller.engine.StoryWriter}, cut it into segments and store each one the moment
 * it exists; and the status of each job.
 */
@NullMarked
package com.novastoryteller.generation;

import org.jspecify.annotations.NullMarked;
