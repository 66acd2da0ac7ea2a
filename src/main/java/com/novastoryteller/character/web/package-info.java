/** The character module's HTTP entry points: its API, its pages and the problems they answer with. */
@NullMarked
package com.novastoryteller.character.web;

import org.jspecify.annotations.NullMarked;
