/**
 * Demo data for trying the product: {@code java -jar nova-storyteller.jar seed-data} creates the demo
 * accounts (and, as the story features arrive, their sample stories).
 */
@NullMarked
package com.novastoryteller.demo;

import org.jspecify.annotations.NullMarked;
