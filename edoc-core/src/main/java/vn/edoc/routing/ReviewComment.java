package vn.edoc.routing;

import java.time.Instant;
import java.util.Objects;

/**
 * A comment on a draft version (ý kiến về dự thảo): a review, a cooperating unit's comment (BS Đ7.2), the justice
 * appraisal (R-OUT-2), a return for rework or the approval (R-OUT-1).
 *
 * @param version  the {@link DraftVersion#number()} it concerns
 * @param kind     what kind of comment
 * @param authorId who wrote it
 * @param unitId   the unit it speaks for
 * @param at       when
 * @param text     the comment
 */
public record ReviewComment(int version, Kind kind, String authorId, String unitId, Instant at, String text) {

    /** The kinds of comment. */
    public enum Kind {
        /** Góp ý của đơn vị phối hợp. */
        COOPERATION,
        /** Ý kiến xem xét of the head. */
        REVIEW,
        /** Ý kiến thẩm định of the justice office (R-OUT-2). */
        APPRAISAL,
        /** Trả lại với ý kiến (R-OUT-1). */
        RETURN,
        /** Duyệt ký. */
        APPROVAL
    }

    /** Refuses missing parts. */
    public ReviewComment {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(authorId, "authorId");
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(text, "text");
    }
}
