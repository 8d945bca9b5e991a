package vn.edoc.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.edoc.validation.EdocRuleException;
import vn.edoc.validation.ValidationResult;
import vn.edoc.validation.Violation;

/**
 * One action to be written to the audit trail (sự kiện ghi nhật ký): who did what, when, to which object, and the
 * digests of the object's state before and after. {@link AuditChain#link} turns it into a chained
 * {@link AuditEntry}.
 *
 * <p>The time is kept to the microsecond (finer parts are dropped), so that a store whose timestamps hold
 * microseconds (PostgreSQL) gives back exactly what was hashed.
 *
 * @param actor        the account that acted (tài khoản người thực hiện), such as {@code "chiennv.ubnd"}; at most
 *                     {@value #MAX_NAME} characters
 * @param action       what was done, a lower-case dotted name such as {@code "register.incoming"}
 * @param time         when it was done
 * @param objectType   the kind of object acted on, a lower-case dotted name such as {@code "register-entry"}
 * @param objectId     the object's identifier, at most {@value #MAX_OBJECT_ID} characters
 * @param beforeDigest {@link Canonical} SHA-256 of the object's state before, or {@code null} when it did not exist
 * @param afterDigest  {@link Canonical} SHA-256 of the object's state after, or {@code null} when it no longer exists
 * @param comment      free text (ý kiến, lý do), or {@code null}; at most {@value #MAX_COMMENT} characters
 * @param flags        marks such as {@link AuditFlag#ENTERED_AFTER_OUTAGE}; never {@code null}
 */
public record AuditEvent(String actor, String action, Instant time, String objectType, String objectId,
                         String beforeDigest, String afterDigest, String comment, Set<AuditFlag> flags) {

    /** Longest actor, action and object type. */
    public static final int MAX_NAME = 100;
    /** Longest object identifier. */
    public static final int MAX_OBJECT_ID = 200;
    /** Longest comment. */
    public static final int MAX_COMMENT = 4000;

    /**
     * Refuses an event that cannot be recorded with {@link EdocRuleException}, naming every fault at once.
     */
    public AuditEvent {
        flags = flags == null || flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
        time = time == null ? null : time.truncatedTo(ChronoUnit.MICROS);
        ValidationResult result = check(actor, action, time, objectType, objectId, beforeDigest, afterDigest, comment);
        if (!result.isValid()) {
            throw new EdocRuleException(result);
        }
    }

    /** An event without comment or flags. */
    public static AuditEvent of(String actor, String action, Instant time, String objectType, String objectId,
                                String beforeDigest, String afterDigest) {
        return new AuditEvent(actor, action, time, objectType, objectId, beforeDigest, afterDigest, null, Set.of());
    }

    /** This event with {@code comment}. */
    public AuditEvent withComment(String text) {
        return new AuditEvent(actor, action, time, objectType, objectId, beforeDigest, afterDigest, text, flags);
    }

    /** This event with {@code flag} added. */
    public AuditEvent withFlag(AuditFlag flag) {
        EnumSet<AuditFlag> more = flags.isEmpty() ? EnumSet.noneOf(AuditFlag.class) : EnumSet.copyOf(flags);
        more.add(flag);
        return new AuditEvent(actor, action, time, objectType, objectId, beforeDigest, afterDigest, comment, more);
    }

    /** Every fault of the given fields at once; valid when the event can be recorded. */
    public static ValidationResult check(String actor, String action, Instant time, String objectType,
                                         String objectId, String beforeDigest, String afterDigest, String comment) {
        List<Violation> found = new ArrayList<>();
        if (actor == null || actor.isBlank()) {
            found.add(AuditViolation.ACTOR_MISSING.at("actor"));
        } else {
            plainText(found, "actor", actor, MAX_NAME, false);
        }
        name(found, "action", action);
        if (time == null) {
            found.add(AuditViolation.FIELD_MISSING.at("time", "time"));
        }
        name(found, "objectType", objectType);
        if (objectId == null || objectId.isBlank()) {
            found.add(AuditViolation.FIELD_MISSING.at("objectId", "objectId"));
        } else {
            plainText(found, "objectId", objectId, MAX_OBJECT_ID, false);
        }
        digest(found, "beforeDigest", beforeDigest);
        digest(found, "afterDigest", afterDigest);
        if (comment != null) {
            plainText(found, "comment", comment, MAX_COMMENT, true);
        }
        return ValidationResult.of(found);
    }

    private static void name(List<Violation> found, String field, String value) {
        if (value == null || value.isEmpty()) {
            found.add(AuditViolation.FIELD_MISSING.at(field, field));
        } else if (value.length() > MAX_NAME || !isDottedName(value)) {
            found.add(AuditViolation.FIELD_MALFORMED.at(field, field,
                    "a lower-case dotted name such as 'register.incoming' of at most " + MAX_NAME + " characters"));
        }
    }

    /**
     * True when {@code value} is a lower-case dotted name: a letter, then letters and digits, in parts joined by one
     * {@code .}, {@code _} or {@code -}. Checked by hand rather than with a regular expression because every audit
     * entry checks two names, and a matcher allocates on each call.
     */
    static boolean isDottedName(String value) {
        if (value.isEmpty() || value.charAt(0) < 'a' || value.charAt(0) > 'z') {
            return false;
        }
        boolean afterSeparator = false;
        for (int i = 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                afterSeparator = false;
            } else if ((c == '.' || c == '_' || c == '-') && !afterSeparator) {
                afterSeparator = true;
            } else {
                return false;
            }
        }
        return !afterSeparator;
    }

    private static void digest(List<Violation> found, String field, String value) {
        if (value != null && !Canonical.isDigest(value)) {
            found.add(AuditViolation.FIELD_MALFORMED.at(field, field, "64 lower-case hexadecimal digits expected"));
        }
    }

    private static void plainText(List<Violation> found, String field, String value, int max, boolean lines) {
        if (value.length() > max) {
            found.add(AuditViolation.FIELD_MALFORMED.at(field, field, "longer than " + max + " characters"));
        }
        if (!Canonical.isWellFormed(value)) {
            found.add(AuditViolation.FIELD_MALFORMED.at(field, field, "an unpaired surrogate character"));
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) && !(lines && (c == '\n' || c == '\t'))) {
                found.add(AuditViolation.FIELD_MALFORMED.at(field, field,
                        String.format(java.util.Locale.ROOT, "the control character U+%04X", (int) c)));
                return;
            }
        }
    }
}
