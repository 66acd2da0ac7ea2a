/**
 * Demo data for trying the product: {@code java -jar nova-storyteller.jar seed-data} creates the demo
 * accounts and asks for their sample stories, which the server writes.
 */
@NullMarked
package com.novastoryteller.demo;

import org.jspecify.annotations.NullMarked;
