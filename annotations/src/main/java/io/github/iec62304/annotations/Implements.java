package io.github.iec62304.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that the annotated code implements the listed software requirements.
 *
 * <p>On a type, it applies to the whole type; on a method, to that method. The ids must exist in the
 * requirements catalog ({@code src/iec62304/requirements.yaml}); the build reports an id that does not.
 * Retention is {@link RetentionPolicy#CLASS}: the annotation is read from the compiled class files by the
 * iec62304-maven-plugin and costs nothing at run time.
 *
 * <pre>{@code @Implements("REQ-DOSE-001")
 * public Dose calculate(Prescription p) { ... }}</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.CONSTRUCTOR})
public @interface Implements {
    /** @return the requirement ids implemented, e.g. {@code "REQ-DOSE-001"} */
    String[] value();
}
