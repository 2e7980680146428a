package vn.danvan.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an interface that a feature declares for features above it to implement (as {@code DirectiveDeletionCheck} is
 * implemented by tasks), so that a lower feature learns what it needs without depending on a higher one.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ExtensionPoint {
}
