/**
 * The offline engines: they run in-process, need no key and send nothing off the machine.
 */
@NullMarked
package com.novastoryteller.engine.embedded;

import org.jspecify.annotations.NullMarked;
