/**
 * The family's character library: characters with their words, voice and portrait, imported in bulk from
 * JSON, and chosen for new stories, which keep their own copy.
 */
@NullMarked
package com.novastoryteller.character;

import org.jspecify.annotations.NullMarked;
