package com.novastoryteller.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that runs against every supported database: H2 always, then PostgreSQL and MariaDB in their
 * own Surefire runs. Without the server it is skipped, except under CI, where it fails.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("database")
@ExtendWith(DatabaseServerRequired.class)
public @interface DatabaseTest {
}
