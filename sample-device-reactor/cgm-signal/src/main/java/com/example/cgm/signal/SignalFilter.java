package com.example.cgm.signal;

import io.github.iec62304.annotations.Implements;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Checks each sensor reading and smooths the accepted currents with the median of the last three, so that a
 * single-reading spike (a compression artefact when the user lies on the sensor, a loose contact) does not
 * reach the glucose value. Readings more than 15 minutes apart are not filtered together.
 */
public final class SignalFilter {

    /** The highest current the electrode can carry, in nA; more means a short circuit. */
    public static final BigDecimal MAX_CURRENT_NANO_AMPS = new BigDecimal("200.0");
    /** Readings in the median. */
    static final int WINDOW = 3;
    /** A longer gap restarts the median. */
    static final Duration MAX_GAP = Duration.ofMinutes(15);

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private final Deque<BigDecimal> window = new ArrayDeque<>(WINDOW);
    private Instant lastAccepted;

    /**
     * @param reading the next reading
     * @return the median of the accepted currents of the last three readings, in nA
     * @throws SensorFaultException if the reading is implausible; it is then not used at all
     */
    @Implements("REQ-SIG-004")
    public BigDecimal accept(SensorReading reading) throws SensorFaultException {
        checkPlausible(reading);
        if (lastAccepted != null && Duration.between(lastAccepted, reading.time()).compareTo(MAX_GAP) > 0) {
            window.clear();
        }
        lastAccepted = reading.time();
        if (window.size() == WINDOW) {
            window.removeFirst();
        }
        window.addLast(reading.currentNanoAmps());
        return median();
    }

    @Implements("REQ-SIG-003")
    private void checkPlausible(SensorReading reading) throws SensorFaultException {
        BigDecimal current = reading.currentNanoAmps();
        if (current.signum() < 0 || current.compareTo(MAX_CURRENT_NANO_AMPS) > 0) {
            throw new SensorFaultException(
                    "sensor current " + current.toPlainString() + " nA is outside 0 to 200 nA");
        }
        if (lastAccepted != null && !reading.time().isAfter(lastAccepted)) {
            throw new SensorFaultException("reading at " + reading.time()
                    + " is not later than the previous one at " + lastAccepted);
        }
    }

    private BigDecimal median() {
        List<BigDecimal> sorted = new ArrayList<>(window);
        sorted.sort(null);
        int middle = sorted.size() / 2;
        if (sorted.size() % 2 == 1) {
            return sorted.get(middle);
        }
        return sorted.get(middle - 1).add(sorted.get(middle)).divide(TWO);
    }
}
