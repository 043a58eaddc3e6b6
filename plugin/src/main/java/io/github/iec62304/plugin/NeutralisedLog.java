package io.github.iec62304.plugin;

import io.github.iec62304.core.ConsoleText;
import org.apache.maven.plugin.logging.Log;

/**
 * Maven's log with every message made inert ({@link ConsoleText}): each line of a message is logged on its own,
 * with its level's prefix, and no control character reaches the terminal.
 */
final class NeutralisedLog implements Log {

    private final Log log;

    NeutralisedLog(Log log) {
        this.log = log;
    }

    private static String[] lines(CharSequence content) {
        return ConsoleText.lines(content).split("\n", -1);
    }

    @Override
    public boolean isDebugEnabled() {
        return log.isDebugEnabled();
    }

    @Override
    public void debug(CharSequence content) {
        for (String line : lines(content)) {
            log.debug(line);
        }
    }

    @Override
    public void debug(CharSequence content, Throwable error) {
        log.debug(ConsoleText.line(content), error);
    }

    @Override
    public void debug(Throwable error) {
        log.debug(error);
    }

    @Override
    public boolean isInfoEnabled() {
        return log.isInfoEnabled();
    }

    @Override
    public void info(CharSequence content) {
        for (String line : lines(content)) {
            log.info(line);
        }
    }

    @Override
    public void info(CharSequence content, Throwable error) {
        log.info(ConsoleText.line(content), error);
    }

    @Override
    public void info(Throwable error) {
        log.info(error);
    }

    @Override
    public boolean isWarnEnabled() {
        return log.isWarnEnabled();
    }

    @Override
    public void warn(CharSequence content) {
        for (String line : lines(content)) {
            log.warn(line);
        }
    }

    @Override
    public void warn(CharSequence content, Throwable error) {
        log.warn(ConsoleText.line(content), error);
    }

    @Override
    public void warn(Throwable error) {
        log.warn(error);
    }

    @Override
    public boolean isErrorEnabled() {
        return log.isErrorEnabled();
    }

    @Override
    public void error(CharSequence content) {
        for (String line : lines(content)) {
            log.error(line);
        }
    }

    @Override
    public void error(CharSequence content, Throwable error) {
        log.error(ConsoleText.line(content), error);
    }

    @Override
    public void error(Throwable error) {
        log.error(error);
    }
}
