package vn.edoc.routing;

import java.time.Instant;
import java.util.Objects;
import vn.edoc.document.Document;

/**
 * One version of an outgoing draft (phiên bản dự thảo): every review comment, return and approval names the version
 * it concerns (R-OUT-1).
 *
 * @param number   1 for the first draft, then 2, 3…
 * @param document the draft's content
 * @param at       when it was written
 * @param authorId who wrote it
 */
public record DraftVersion(int number, Document document, Instant at, String authorId) {

    /** Refuses missing parts and a number below 1. */
    public DraftVersion {
        if (number < 1) {
            throw new IllegalArgumentException("a draft version starts at 1: " + number);
        }
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(authorId, "authorId");
    }
}
