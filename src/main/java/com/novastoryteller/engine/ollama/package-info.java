/** A local model server (Ollama), through Spring AI: story writing and reading drawings, nothing leaving the network. */
@NullMarked
package com.novastoryteller.engine.ollama;

import org.jspecify.annotations.NullMarked;
