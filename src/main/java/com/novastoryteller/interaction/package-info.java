/**
 * A child changing a story while it is told: interrupting it, asking for the next part, choosing a branch,
 * its versions, talking to the live storyteller, saying things aloud, and sharing the story by a link.
 * The story module keeps the story and its revisions; this module decides when a change may be made.
 */
@NullMarked
package com.novastoryteller.interaction;

import org.jspecify.annotations.NullMarked;
