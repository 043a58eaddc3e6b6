package com.example.pump;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.iec62304.annotations.Implements;
import java.io.IOException;

/** The pump configuration file, read once at start-up with Jackson's streaming parser. */
public final class PumpConfig {

    /** The name the configuration file uses for the limit. */
    @JsonProperty("maxRateMlPerHour")
    private final double maxRateMlPerHour;

    private PumpConfig(double maxRateMlPerHour) {
        this.maxRateMlPerHour = maxRateMlPerHour;
    }

    @Implements("REQ-CONFIG-001")
    public static PumpConfig parse(String json) throws IOException {
        try (JsonParser parser = new JsonFactory().createParser(json)) {
            while (parser.nextToken() != null) {
                if (parser.currentToken() == JsonToken.FIELD_NAME && "maxRateMlPerHour".equals(parser.currentName())) {
                    parser.nextToken();
                    return new PumpConfig(parser.getDoubleValue());
                }
            }
        }
        throw new IOException("maxRateMlPerHour is missing");
    }

    public double maxRateMlPerHour() {
        return maxRateMlPerHour;
    }
}
