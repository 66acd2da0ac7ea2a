/**
 * What every provider shares: its settings (timeout, retries, breaker, fallback), the guard that rests a failing
 * provider and lets the embedded engine take over, and the record of what each provider was asked to do.
 */
@NullMarked
@NamedInterface("provider")
package com.novastoryteller.engine.provider;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
