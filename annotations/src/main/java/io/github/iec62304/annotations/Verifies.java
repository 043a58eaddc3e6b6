package io.github.iec62304.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that the annotated test verifies the listed software requirements.
 *
 * <p>On a test method, that test verifies them; on a test class, every test in the class (including its
 * nested test classes) does. A requirement counts as verified only when every test that verifies it ran in
 * this build and passed. Retention is {@link RetentionPolicy#CLASS}: read from the compiled test classes.
 *
 * <pre>{@code @Test
 * @Verifies("REQ-DOSE-001")
 * void doseIsCappedAtMaximum() { ... }}</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Verifies {
    /** @return the requirement ids verified, e.g. {@code "REQ-DOSE-001"} */
    String[] value();
}
