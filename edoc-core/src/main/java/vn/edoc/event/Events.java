package vn.edoc.event;

import java.time.Instant;

/** The checks shared by the event records. */
final class Events {

    private Events() {
    }

    static void require(Instant occurredAt, String actor, String objectId) {
        require(occurredAt, "occurredAt");
        requireText(actor, "actor");
        requireText(objectId, "objectId");
    }

    static void require(Object value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " is required");
        }
    }

    static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }
}
