package io.github.iec62304.core.validation;

import java.nio.charset.Charset;
import java.time.ZoneId;
import java.util.Locale;

/**
 * The environment the tool was validated in, as its user sees it: what an installation qualification records.
 *
 * @param osName        {@code os.name}
 * @param osVersion     {@code os.version}
 * @param osArch        {@code os.arch}
 * @param javaVendor    {@code java.vendor}
 * @param javaVersion   {@code java.version}
 * @param javaHome      {@code java.home}
 * @param mavenVersion  the Maven version when run from Maven, else {@code null}
 * @param charset       the default charset
 * @param locale        the default locale
 * @param timeZone      the default time zone
 */
public record ValidationEnvironment(String osName, String osVersion, String osArch, String javaVendor,
                                    String javaVersion, String javaHome, String mavenVersion, String charset,
                                    String locale, String timeZone) {

    /** @return this JVM's environment, run from the given Maven version (or {@code null}) */
    public static ValidationEnvironment current(String mavenVersion) {
        return new ValidationEnvironment(System.getProperty("os.name"), System.getProperty("os.version"),
                System.getProperty("os.arch"), System.getProperty("java.vendor"), System.getProperty("java.version"),
                System.getProperty("java.home"), mavenVersion, Charset.defaultCharset().name(),
                Locale.getDefault().toLanguageTag(), ZoneId.systemDefault().getId());
    }
}
