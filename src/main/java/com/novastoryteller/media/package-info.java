/**
 * Media files (audio now; pictures and exports later) behind one storage interface. The database
 * keeps only relative keys, never absolute paths.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Media")
package com.novastoryteller.media;
