package com.example.pump;

import io.github.iec62304.annotations.Implements;

@Implements({"REQ-LOG-001", "REQ-INSTALL-001"})
public final class EventLog {

    public String entry(String event) {
        return "EVENT " + event;
    }
}
