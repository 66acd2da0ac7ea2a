/**
 * How the offline writer understands a child's request: tokens, tags and chunks from OpenNLP, what each
 * noun names from WordNet, and the heroes, places, things, times and goal read from them.
 */
@NullMarked
package com.novastoryteller.engine.embedded.reading;

import org.jspecify.annotations.NullMarked;
