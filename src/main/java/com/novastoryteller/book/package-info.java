/**
 * Books: a finished story as a picture book to keep, print or read in a reading app (PDF, and EPUB 3 that
 * reads itself aloud with the words lighting up).
 */
@NullMarked
package com.novastoryteller.book;

import org.jspecify.annotations.NullMarked;
