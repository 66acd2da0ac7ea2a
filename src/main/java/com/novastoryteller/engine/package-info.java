/**
 * The AI capabilities, one small interface each ({@link com.novastoryteller.engine.StoryWriter},
 * {@link com.novastoryteller.engine.SafetyFilter}, ...), and the vocabulary they share. The offline
 * implementations live in {@code embedded}; providers implement the same interfaces.
 */
@NullMarked
package com.novastoryteller.engine;

import org.jspecify.annotations.NullMarked;
