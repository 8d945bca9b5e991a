package vn.edoc.document;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.edoc.id.DocumentId;
import vn.edoc.id.Notation;
import vn.edoc.text.VietnameseText;
import vn.edoc.validation.ValidationResult;
import vn.edoc.validation.Violation;

/**
 * Checks a {@link Document} against the rules on documents and reports every violation at once (kiểm tra văn bản).
 * It never throws on a document the {@link Document.Builder} can build.
 *
 * <p>What it checks, with the paths it reports (the member names of {@link DocumentJson}):
 * <ul>
 *   <li>R-FMT-5 presentation, by {@link Stage}: at every stage the type ({@code type}), abstract ({@code abstract})
 *       and issuing organisation ({@code issuer}, {@code issuer.name}); from {@link Stage#REGISTERED} also the
 *       notation ({@code notation}), date and place ({@code issueDate}, {@code place}), signer ({@code signer},
 *       {@code signer.title}, {@code signer.fullName}), recipients ({@code recipients}, {@code recipients[i].name}), a
 *       page count of at least 1 ({@code pageCount}) and, for an outgoing document, the document identifier
 *       ({@code documentId}). The notation agrees with the document's type: a notation whose type abbreviation
 *       differs from the type's (a "QĐ" notation on a Công văn) is an error, and so is a notation of the other kind
 *       ({@link DocumentViolation#NOTATION_KIND_MISMATCH}: the legal normative "12/2025/QĐ-UBND" on an
 *       administrative Quyết định, a number with a year on a Công văn). Whether a year belongs in a number of a
 *       given type is {@link Notation}'s rule, checked when the notation is read, and not checked again here. The
 *       date of issue is not in the future (Vietnam time, R-TIME-5, from the injected clock). Lengths follow Decree 30/2020 Phụ lục VI and the edXML field sizes (docs/decisions.md, "Documents"): abstract ≤ 500,
 *       organisation and recipient names ≤ 200, place ≤ 50, signer's title ≤ 100 and name ≤ 50, attachment names ≤
 *       500 characters; pages 1 to 999 ({@code PageAmount}, 3 digits). Dates are plausible
 *       ({@link DatePlausibility}, configurable on the builder): the date of issue not before 2 September 1945, a
 *       reply deadline from then to five years after today ({@code issueDate}, {@code reply.deadline}).</li>
 *   <li>R-ID-2: the document identifier's organisation is the issuer's code and its year the year of issue.</li>
 *   <li>R-FMT-1: every text field by {@link VietnameseText#checkString(String, String)}.</li>
 *   <li>R-SEC-1, R-SEC-2: the {@link SecurityPolicy}.</li>
 *   <li>R-FMT-3: each attachment's name and extension ({@link FormatPolicy#checkName}), media type, size and SHA-256
 *       digest ({@code attachments[i].name}, {@code .mediaType}, {@code .size}, {@code .sha256}).</li>
 *   <li>R-FMT-2: at most one main file; a signed document has one, and its extension and media type are those of
 *       the {@linkplain FormatPolicy#signedExtension() policy's signed format} (PDF by default; the content is
 *       checked by {@link FormatPolicy#checkSignedContent}, since a document holds no bytes). R-FMT-4: an outgoing or internal
 *       document at {@link Stage#ISSUED} is signed ({@code signed}).</li>
 *   <li>R-OUT-4: an answer asked for has a deadline, not before the date of issue ({@code reply.deadline}).
 *       R-OUT-5: the answered document ({@code replyTo}) is not the document itself and is not of a later year.</li>
 * </ul>
 *
 * <p>Bad input never throws: {@code validate(null)} is a result with {@link DocumentViolation#DOCUMENT_MISSING}, and
 * a {@code null} stage means the stage the document shows. A {@code null} clock or policy given to the factory is a
 * programming error and throws {@link NullPointerException} naming the parameter.
 */
public final class DocumentValidator {

    /** Decree 30/2020 Phụ lục VI {@code Subject}. */
    public static final int MAX_SUBJECT = 500;
    /** Decree 30/2020 Phụ lục VI {@code OrganName}, {@code To/OrganName}. */
    public static final int MAX_ORGAN_NAME = 200;
    /** edXML {@code PromulgationInfo/Place} (QCVN 102:2016). */
    public static final int MAX_PLACE = 50;
    /** Decree 30/2020 Phụ lục VI {@code SignerInfo/Position}. */
    public static final int MAX_SIGNER_TITLE = 100;
    /** Decree 30/2020 Phụ lục VI {@code SignerInfo/FullName}. */
    public static final int MAX_SIGNER_NAME = 50;
    /** edXML {@code AttachmentName} (QCVN 102:2016). */
    public static final int MAX_ATTACHMENT_NAME = 500;
    /** Decree 30/2020 Phụ lục VI {@code PageAmount}, three digits. */
    public static final int MAX_PAGES = 999;

    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

    private final FormatPolicy formats;
    private final SecurityPolicy security;
    private final Clock clock;
    private final DatePlausibility dates;

    private DocumentValidator(Builder b) {
        this.formats = b.formats;
        this.security = b.security;
        this.clock = b.clock;
        this.dates = b.dates;
    }

    /**
     * A validator with the default format and security policies, reading today's date from {@code clock}.
     *
     * @throws NullPointerException with the message {@code "clock"} when {@code clock} is {@code null}
     */
    public static DocumentValidator of(Clock clock) {
        return builder(clock).build();
    }

    /** A builder; the clock gives "today" for the future-date check. */
    public static Builder builder(Clock clock) {
        return new Builder(clock);
    }

    /**
     * Validates {@code document} at the stage it shows by itself ({@link Stage#of(Document)}); {@code null} gives
     * {@link DocumentViolation#DOCUMENT_MISSING}.
     */
    public ValidationResult validate(Document document) {
        return validate(document, null);
    }

    /**
     * Validates {@code document} at {@code stage} ({@code null}: the stage it shows by itself); every violation at
     * once. A {@code null} document gives {@link DocumentViolation#DOCUMENT_MISSING}.
     */
    public ValidationResult validate(Document document, Stage stage) {
        if (document == null) {
            return ValidationResult.of(DocumentViolation.DOCUMENT_MISSING.at(""));
        }
        if (stage == null) {
            stage = Stage.of(document);
        }
        List<Violation> found = new ArrayList<>();
        ValidationResult text = ValidationResult.ok();
        boolean registered = stage.atLeast(Stage.REGISTERED);
        String stageName = stage.name().toLowerCase(java.util.Locale.ROOT);

        // R-FMT-5: presence
        if (document.type().isEmpty()) {
            found.add(DocumentViolation.REQUIRED_FIELD_MISSING.at("type", "type", stageName));
        }
        text = text.and(textField(document.subject(), "abstract", MAX_SUBJECT, true, stageName, found));
        if (document.issuer().isEmpty()) {
            found.add(DocumentViolation.REQUIRED_FIELD_MISSING.at("issuer", "issuer", stageName));
        } else {
            text = text.and(textField(Optional.of(document.issuer().get().name()), "issuer.name", MAX_ORGAN_NAME,
                    true, stageName, found));
        }
        if (registered && document.notation().isEmpty()) {
            found.add(DocumentViolation.REQUIRED_FIELD_MISSING.at("notation", "notation", stageName));
        }
        if (registered && document.direction() == Direction.OUTGOING && document.documentId().isEmpty()) {
            found.add(DocumentViolation.REQUIRED_FIELD_MISSING.at("documentId", "documentId", stageName));
        }
        if (registered && document.issueDate().isEmpty()) {
            found.add(DocumentViolation.REQUIRED_FIELD_MISSING.at("issueDate", "issueDate", stageName));
        }
        text = text.and(textField(document.place(), "place", MAX_PLACE, registered, stageName, found));
        if (document.signer().isEmpty()) {
            if (registered) {
                found.add(DocumentViolation.REQUIRED_FIELD_MISSING.at("signer", "signer", stageName));
            }
        } else {
            Signer s = document.signer().get();
            text = text.and(textField(Optional.of(s.title()), "signer.title", MAX_SIGNER_TITLE, true, stageName,
                    found));
            text = text.and(textField(Optional.of(s.fullName()), "signer.fullName", MAX_SIGNER_NAME, true,
                    stageName, found));
        }
        if (registered && document.recipients().isEmpty()) {
            found.add(DocumentViolation.REQUIRED_FIELD_MISSING.at("recipients", "recipients", stageName));
        }
        for (int i = 0; i < document.recipients().size(); i++) {
            text = text.and(textField(Optional.of(document.recipients().get(i).name()), "recipients[" + i + "].name",
                    MAX_ORGAN_NAME, true, stageName, found));
        }
        int pages = document.pageCount();
        if (pages < 0 || pages > MAX_PAGES || pages == 0 && registered) {
            found.add(DocumentViolation.PAGE_COUNT_INVALID.at("pageCount", pages));
        }

        checkNotationType(document, found);
        checkDocumentId(document, found);
        checkDates(document, found);
        found.addAll(security.checkEntry(document).violations());
        text = text.and(checkAttachments(document, stage, found));
        checkReply(document, found);
        found.addAll(text.violations());
        return ValidationResult.of(found);
    }

    /**
     * Checks one text field: presence when required (blank counts as missing), length in code points, and R-FMT-1.
     * Returns the R-FMT-1 result, added last so that the document's own violations come first.
     */
    private static ValidationResult textField(Optional<String> value, String path, int max, boolean required,
                                              String stageName, List<Violation> found) {
        if (value.isEmpty() || value.get().isBlank()) {
            if (required) {
                found.add(DocumentViolation.REQUIRED_FIELD_MISSING.at(path, path, stageName));
            }
            return value.isEmpty() ? ValidationResult.ok() : VietnameseText.checkString(value.get(), path);
        }
        String v = value.get();
        int length = v.codePointCount(0, v.length());
        if (length > max) {
            found.add(DocumentViolation.FIELD_TOO_LONG.at(path, length, max));
        }
        return VietnameseText.checkString(v, path);
    }

    private static void checkNotationType(Document document, List<Violation> found) {
        if (document.notation().isEmpty() || document.type().isEmpty()) {
            return;
        }
        Notation notation = document.notation().get();
        DocumentType type = document.type().get();
        Optional<String> carried = notation.typeAbbreviation();
        Optional<String> expected = type.abbreviation();
        if (expected.isEmpty() && carried.isPresent()) {
            found.add(DocumentViolation.NOTATION_TYPE_ON_LETTER.at("notation", type.vietnameseName(),
                    carried.get()));
        } else if (expected.isPresent() && !carried.equals(expected)) {
            found.add(DocumentViolation.NOTATION_TYPE_MISMATCH.at("notation", carried.orElse("(none)"),
                    type.vietnameseName(), expected.get()));
        } else if (notation.year().isPresent() != type.legalNormative()) {
            // same abbreviation (or none), other kind: QĐ and NQ exist as both, and an untyped number with a year is
            // a law's, without one a công văn's
            String kind = notation.type().map(DocumentType::vietnameseName).orElse(notation.year().isPresent()
                    ? "legal normative document (văn bản quy phạm pháp luật)" : DocumentType.CONG_VAN.vietnameseName());
            found.add(DocumentViolation.NOTATION_KIND_MISMATCH.at("notation", notation.format(), kind,
                    type.vietnameseName()));
        }
    }

    private static void checkDocumentId(Document document, List<Violation> found) {
        if (document.documentId().isEmpty()) {
            return;
        }
        DocumentId id = document.documentId().get();
        document.issuer().ifPresent(issuer -> {
            if (!id.organCode().equals(issuer.code())) {
                found.add(DocumentViolation.DOCUMENT_ID_ORGAN_MISMATCH.at("documentId", id.organCode().value(),
                        issuer.code().value()));
            }
        });
        document.issueDate().ifPresent(date -> {
            if (id.year() != date.getYear()) {
                found.add(DocumentViolation.DOCUMENT_ID_YEAR_MISMATCH.at("documentId", id.year(), date.getYear()));
            }
        });
    }

    private void checkDates(Document document, List<Violation> found) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), VIETNAM);
        document.issueDate().ifPresent(date -> {
            if (date.isAfter(today)) {
                found.add(DocumentViolation.DATE_IN_FUTURE.at("issueDate", date, today));
            } else if (date.isBefore(dates.earliest())) {
                found.add(DocumentViolation.ISSUE_DATE_IMPLAUSIBLE.at("issueDate", date, dates.earliest()));
            }
        });
        document.reply().flatMap(ReplyRequirement::deadline).ifPresent(deadline -> {
            LocalDate latest = dates.latestDeadline(today);
            if (deadline.isBefore(dates.earliest()) || deadline.isAfter(latest)) {
                found.add(DocumentViolation.REPLY_DEADLINE_IMPLAUSIBLE.at("reply.deadline", deadline,
                        dates.earliest(), latest));
            }
        });
    }

    private ValidationResult checkAttachments(Document document, Stage stage, List<Violation> found) {
        ValidationResult text = ValidationResult.ok();
        List<Attachment> attachments = document.attachments();
        int mains = 0;
        for (int i = 0; i < attachments.size(); i++) {
            Attachment a = attachments.get(i);
            String at = "attachments[" + i + "]";
            found.addAll(formats.checkName(a.name(), at + ".name").violations());
            int length = a.name().codePointCount(0, a.name().length());
            if (length > MAX_ATTACHMENT_NAME) {
                found.add(DocumentViolation.FIELD_TOO_LONG.at(at + ".name", length, MAX_ATTACHMENT_NAME));
            }
            text = text.and(VietnameseText.checkString(a.name(), at + ".name"));
            if (!FormatPolicy.isMediaType(a.mediaType())) {
                found.add(DocumentViolation.ATTACHMENT_MEDIA_TYPE_INVALID.at(at + ".mediaType",
                        JsonFields.abbreviate(a.mediaType())));
            } else if (!formats.mediaTypeFits(a.name(), a.mediaType())) {
                found.add(DocumentViolation.ATTACHMENT_MEDIA_TYPE_MISMATCH.at(at + ".mediaType", a.mediaType(),
                        a.extension().orElse(""), formats.mediaTypeOf(a.name()).orElse("")));
            }
            if (a.size() < 0) {
                found.add(DocumentViolation.ATTACHMENT_SIZE_INVALID.at(at + ".size", a.size()));
            } else if (a.size() > formats.maxSize()) {
                found.add(DocumentViolation.ATTACHMENT_TOO_LARGE.at(at + ".size", a.size(), formats.maxSize()));
            }
            if (!Attachment.isSha256(a.sha256())) {
                found.add(DocumentViolation.ATTACHMENT_SHA256_INVALID.at(at + ".sha256",
                        JsonFields.abbreviate(a.sha256())));
            }
            if (a.isMain()) {
                mains++;
                if (document.signed() && !formats.isSignedFormat(a.name())) {
                    found.add(DocumentViolation.SIGNED_MAIN_FILE_NOT_PDF.at(at + ".name",
                            formats.signedCheck().name(), JsonFields.abbreviate(a.name())));
                } else if (document.signed() && FormatPolicy.isMediaType(a.mediaType())
                        && !formats.isSignedMediaType(a.mediaType())) {
                    found.add(DocumentViolation.SIGNED_MAIN_FILE_NOT_PDF.at(at + ".mediaType",
                            formats.signedCheck().name(), JsonFields.abbreviate(a.mediaType())));
                }
            }
        }
        if (mains > 1) {
            found.add(DocumentViolation.MORE_THAN_ONE_MAIN_FILE.at("attachments", mains));
        }
        if (document.signed() && mains == 0) {
            found.add(DocumentViolation.SIGNED_MAIN_FILE_MISSING.at("attachments"));
        }
        if (stage == Stage.ISSUED && document.direction() != Direction.INCOMING && !document.signed()) {
            found.add(DocumentViolation.ISSUED_NOT_SIGNED.at("signed"));
        }
        return text;
    }

    private static void checkReply(Document document, List<Violation> found) {
        document.reply().ifPresent(reply -> {
            if (reply.deadline().isEmpty()) {
                found.add(DocumentViolation.REPLY_DEADLINE_MISSING.at("reply.deadline"));
            } else {
                LocalDate deadline = reply.deadline().get();
                document.issueDate().ifPresent(issued -> {
                    if (deadline.isBefore(issued)) {
                        found.add(DocumentViolation.REPLY_DEADLINE_BEFORE_ISSUE.at("reply.deadline", deadline,
                                issued));
                    }
                });
            }
        });
        document.replyTo().ifPresent(answered -> {
            if (document.documentId().map(answered::equals).orElse(false)) {
                found.add(DocumentViolation.REPLY_TO_SELF.at("replyTo", answered.format()));
            }
            document.issueDate().ifPresent(issued -> {
                if (answered.year() > issued.getYear()) {
                    found.add(DocumentViolation.REPLY_TO_LATER_YEAR.at("replyTo", answered.format(), answered.year(),
                            issued.getYear()));
                }
            });
        });
    }

    /** Builds a {@link DocumentValidator}. */
    public static final class Builder {
        private FormatPolicy formats = FormatPolicy.defaults();
        private SecurityPolicy security = SecurityPolicy.defaults();
        private DatePlausibility dates = DatePlausibility.defaults();
        private final Clock clock;

        private Builder(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
        }

        /** The accepted attachment formats (default {@link FormatPolicy#defaults()}). */
        public Builder formatPolicy(FormatPolicy formats) {
            this.formats = Objects.requireNonNull(formats, "formats");
            return this;
        }

        /** The entry policy (default {@link SecurityPolicy#defaults()}). */
        public Builder securityPolicy(SecurityPolicy security) {
            this.security = Objects.requireNonNull(security, "security");
            return this;
        }

        /** The plausible dates of issue and reply deadlines (default {@link DatePlausibility#defaults()}). */
        public Builder datePlausibility(DatePlausibility dates) {
            this.dates = Objects.requireNonNull(dates, "dates");
            return this;
        }

        /** The validator. */
        public DocumentValidator build() {
            return new DocumentValidator(this);
        }
    }
}
