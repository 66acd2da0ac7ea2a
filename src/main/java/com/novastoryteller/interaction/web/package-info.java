/** The interaction module's HTTP and WebSocket entry points. */
@NullMarked
package com.novastoryteller.interaction.web;

import org.jspecify.annotations.NullMarked;
