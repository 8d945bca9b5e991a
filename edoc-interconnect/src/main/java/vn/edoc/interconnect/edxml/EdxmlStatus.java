package vn.edoc.interconnect.edxml;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A status message (gói tin trạng thái): an organisation tells the sender of a document what became of it
 * (arrived, refused with its reason, accepted, assigned, processing, completed) or answers a recall or update
 * (agreed, refused), or asks to take a document back. It names the document ({@link #responseFor()}), the responding
 * organisation ({@link #from()}), the person ({@link #staff()}) and the time.
 *
 * @param from        the responding organisation
 * @param responseFor the document concerned
 * @param staff       the person who acted
 * @param code        the status
 * @param description the text: the reason of a refusal, any note; {@code ""} when none
 * @param timestamp   when, Vietnam local time ({@code yyyy/MM/dd HH:mm:ss})
 * @param trace       trace headers
 */
public record EdxmlStatus(Organization from, ResponseFor responseFor, Optional<StaffInfo> staff, StatusCode code,
                          String description, LocalDateTime timestamp, TraceInfo trace) implements EdxmlMessage {

    /** Refuses missing parts. */
    public EdxmlStatus {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(responseFor, "responseFor");
        Objects.requireNonNull(staff, "staff");
        Objects.requireNonNull(code, "code");
        description = Texts.text(description);
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(trace, "trace");
    }
}
