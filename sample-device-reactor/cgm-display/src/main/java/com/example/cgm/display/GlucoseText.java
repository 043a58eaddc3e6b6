package com.example.cgm.display;

import com.example.cgm.signal.GlucoseUnit;
import com.example.cgm.signal.GlucoseValue;
import com.example.cgm.signal.Trend;
import io.github.iec62304.annotations.Implements;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The texts of the glucose screen: the value with its unit and arrow ("112 mg/dL &#8594;", "6.2 mmol/L"), LOW or
 * HIGH outside the reporting range, "---" when there is no current value, and the age of the value. The numbers
 * come from cgm-signal, converted and range-checked there; this class only writes them out.
 */
public final class GlucoseText {

    /** Shown when there is no current glucose value. */
    public static final String NO_VALUE = "---";

    private static final Logger LOG = LoggerFactory.getLogger(GlucoseText.class);

    private final GlucoseUnit unit;

    /** @param unit the unit the user chose */
    public GlucoseText(GlucoseUnit unit) {
        this.unit = Objects.requireNonNull(unit, "unit");
    }

    /**
     * @param current the current glucose value (GlucoseMonitor.currentValue), if any
     * @return the value text
     */
    @Implements("REQ-DISP-001")
    public String value(Optional<GlucoseValue> current) {
        if (current.isEmpty()) {
            LOG.info("No current glucose value: the screen shows {}", NO_VALUE);
            return NO_VALUE;
        }
        GlucoseValue value = current.get();
        return switch (value.range()) {
            case BELOW -> "LOW";
            case ABOVE -> "HIGH";
            case IN_RANGE -> value.reported(unit).orElseThrow().toPlainString() + " " + unit.symbol();
        };
    }

    /**
     * @param current the current glucose value, if any
     * @param trend its trend
     * @return the main line of the screen: the value text and, for a number, the trend arrow
     */
    @Implements({"REQ-DISP-001", "REQ-DISP-002"})
    public String line(Optional<GlucoseValue> current, Trend trend) {
        String text = value(current);
        boolean number = current.isPresent() && current.get().range() == GlucoseValue.Range.IN_RANGE;
        String arrow = number ? TrendArrow.of(trend) : "";
        return arrow.isEmpty() ? text : text + " " + arrow;
    }

    /**
     * @param value the value shown
     * @param now the time of the screen refresh
     * @return "just now" within the first minute, else "N min ago" in whole minutes
     */
    @Implements("REQ-DISP-001")
    public String age(GlucoseValue value, Instant now) {
        long minutes = Duration.between(value.time(), now).toMinutes();
        return minutes < 1 ? "just now" : minutes + " min ago";
    }
}
