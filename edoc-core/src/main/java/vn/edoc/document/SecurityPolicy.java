package vn.edoc.document;

import vn.edoc.text.UnicodeForms;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.edoc.validation.ValidationResult;
import vn.edoc.validation.Violation;

/**
 * The entry policy (chính sách tiếp nhận): which documents may enter (be registered, scanned, received) or leave (be
 * sent) through the document system.
 *
 * <ul>
 *   <li>R-SEC-1 (LS Đ1.2, LA Đ1.2, TP Đ3, SL Đ3.2): a document classified "Mật", "Tối mật" or "Tuyệt mật" is always
 *       refused; this is not configurable. An unclassified document whose abstract starts with one of those stamps
 *       in capitals ("MẬT", "TỐI MẬT", "TUYỆT MẬT") draws a warning, since the classification may have been
 *       forgotten.</li>
 *   <li>R-SEC-2 (SL Đ3.2): disputes, complaints, denunciations and harmful content are handled as configured per
 *       {@link ContentCategory}: {@link Handling#OFF} (let in), {@link Handling#WARN} or {@link Handling#REFUSE}. Only
 *       Sơn La's regulation has this rule; the {@linkplain #defaults() defaults} follow it and refuse all four, and a
 *       deployment under another regulation relaxes it with {@link Builder#complaints(Handling)}.</li>
 * </ul>
 * Use the same check before sending: R-SEC-1 forbids both.
 */
public final class SecurityPolicy {

    /** What the policy does with a document of a category. */
    public enum Handling {
        /** Let it in without remark. */
        OFF,
        /** Let it in with a warning. */
        WARN,
        /** Refuse it. */
        REFUSE
    }

    private static final String[] STAMPS = {"TUYỆT MẬT", "TỐI MẬT", "MẬT"};

    private static final SecurityPolicy DEFAULTS = builder().build();

    private final Map<ContentCategory, Handling> handling;

    private SecurityPolicy(Map<ContentCategory, Handling> handling) {
        this.handling = new EnumMap<>(handling);
    }

    /** Refuses state secrets, disputes, complaints, denunciations and harmful content (SL Đ3.2). */
    public static SecurityPolicy defaults() {
        return DEFAULTS;
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** How this policy handles {@code category}. */
    public Handling handling(ContentCategory category) {
        return handling.getOrDefault(category, Handling.OFF);
    }

    /**
     * Checks whether {@code document} may enter the system (or be sent): R-SEC-1 and R-SEC-2. Paths:
     * {@code confidentiality}, {@code abstract}, {@code contentCategory}.
     */
    public ValidationResult checkEntry(Document document) {
        List<Violation> found = new ArrayList<>();
        if (document.confidentiality().isStateSecret()) {
            found.add(DocumentViolation.STATE_SECRET.at("confidentiality", document.confidentiality().vietnameseName()));
        } else {
            document.subject().flatMap(SecurityPolicy::secretStamp).ifPresent(stamp ->
                    found.add(DocumentViolation.SECRET_STAMP_IN_ABSTRACT.at("abstract", stamp)));
        }
        ContentCategory category = document.contentCategory();
        switch (handling(category)) {
            case REFUSE -> found.add(DocumentViolation.CONTENT_REFUSED.at("contentCategory", category.vietnameseName()));
            case WARN -> found.add(DocumentViolation.CONTENT_FLAGGED.at("contentCategory", category.vietnameseName()));
            case OFF -> {
                // let in
            }
        }
        return ValidationResult.of(found);
    }

    /**
     * The secret stamp ("MẬT", "TỐI MẬT", "TUYỆT MẬT") that {@code text} starts with, written in capitals and followed
     * by the end or a non-letter. Lower-case "Mật" is not taken as a stamp, because ordinary abstracts start with
     * words such as "Mật độ" (density).
     */
    static java.util.Optional<String> secretStamp(String text) {
        String t = UnicodeForms.nfc(text).stripLeading();
        while (!t.isEmpty() && "\"'“(*[-–".indexOf(t.charAt(0)) >= 0) {
            t = t.substring(1).stripLeading();
        }
        for (String stamp : STAMPS) {
            if (t.startsWith(stamp)) {
                int after = stamp.length();
                if (after == t.length() || !Character.isLetterOrDigit(t.codePointAt(after))) {
                    return java.util.Optional.of(stamp);
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** Builds a {@link SecurityPolicy}; starts from the defaults. */
    public static final class Builder {
        private final Map<ContentCategory, Handling> handling = new EnumMap<>(ContentCategory.class);

        private Builder() {
            handling.put(ContentCategory.ORDINARY, Handling.OFF);
            handling.put(ContentCategory.COMPLAINT, Handling.REFUSE);
            handling.put(ContentCategory.DENUNCIATION, Handling.REFUSE);
            handling.put(ContentCategory.DISPUTE, Handling.REFUSE);
            handling.put(ContentCategory.HARMFUL, Handling.REFUSE);
        }

        /** Sets how {@code category} is handled; ordinary content is always let in. */
        public Builder handle(ContentCategory category, Handling how) {
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(how, "how");
            if (category == ContentCategory.ORDINARY && how != Handling.OFF) {
                throw new IllegalArgumentException("ordinary content is always let in");
            }
            handling.put(category, how);
            return this;
        }

        /** Sets how complaints, denunciations and disputes (đơn thư khiếu nại, tố cáo, tranh chấp) are handled. */
        public Builder complaints(Handling how) {
            handle(ContentCategory.COMPLAINT, how);
            handle(ContentCategory.DENUNCIATION, how);
            return handle(ContentCategory.DISPUTE, how);
        }

        /** The policy. */
        public SecurityPolicy build() {
            return new SecurityPolicy(handling);
        }
    }
}
