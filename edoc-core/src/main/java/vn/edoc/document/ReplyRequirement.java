package vn.edoc.document;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * That a document asks for an answer (yêu cầu phản hồi), and by when (R-OUT-4, BS Đ14.2, LA Đ9.2d). A requirement
 * without a deadline can be represented so that {@link DocumentValidator} can report it.
 *
 * @param deadline the answer's deadline (thời hạn phản hồi)
 */
public record ReplyRequirement(Optional<LocalDate> deadline) {

    public ReplyRequirement {
        Objects.requireNonNull(deadline, "deadline");
    }

    /** An answer required by {@code deadline}. */
    public static ReplyRequirement by(LocalDate deadline) {
        return new ReplyRequirement(Optional.of(deadline));
    }

    /** An answer required, with no deadline recorded (which R-OUT-4 refuses). */
    public static ReplyRequirement withoutDeadline() {
        return new ReplyRequirement(Optional.empty());
    }
}
