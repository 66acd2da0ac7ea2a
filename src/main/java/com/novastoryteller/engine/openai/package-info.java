/** OpenAI and any server that speaks its API (chat completions), through Spring AI. */
@NullMarked
package com.novastoryteller.engine.openai;

import org.jspecify.annotations.NullMarked;
