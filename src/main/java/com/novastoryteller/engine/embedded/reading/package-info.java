/**
 * How the offline engines understand a child's words: tokens, tags and chunks from OpenNLP, what each noun names
 * from WordNet, and the heroes, places, things, times and goal read from them. Shared with the pictures, which
 * read each part of a story with the request it was written for, whoever wrote it.
 */
@NullMarked
@NamedInterface("reading")
package com.novastoryteller.engine.embedded.reading;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
