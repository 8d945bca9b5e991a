package vn.edoc.document;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import vn.edoc.id.DocumentType;
import vn.edoc.validation.ValidationResult;

/**
 * Tells whether a document travels electronically only or with a paper copy (văn bản điện tử kèm văn bản giấy),
 * rule R-PAPER-1. Once a signed e-document is sent, no paper copy is sent (LS Đ6.3, LA Đ5.1c, SL Đ3.3) except in
 * the cases listed by the regulations, which differ between provinces; they are therefore a configurable set of
 * {@link Category categories}.
 *
 * <p>The {@linkplain #defaults() defaults} are the cases of the provincial regulations (Lạng Sơn, Long An) and the
 * legal normative documents of Bỉm Sơn:
 * <ul>
 *   <li>{@link Category#LEGAL_NORMATIVE}: BS Đ6 ("Văn bản quy phạm pháp luật");</li>
 *   <li>{@link Category#TO_GOVERNMENT}: LS Đ6.5a, LA Đ6.2a (to the Government or the Prime Minister, as the
 *       Government's working regulation requires);</li>
 *   <li>{@link Category#APPRAISAL_OR_APPROVAL}: LS Đ6.5c, LA Đ6.2c (dossiers submitted for appraisal or approval of
 *       schemes, projects and documents);</li>
 *   <li>{@link Category#SUBMISSION_TO_PEOPLES_COMMITTEE}: BS Đ6, LA Đ6.2b (documents submitted to a People's
 *       Committee or its chair);</li>
 *   <li>{@link Category#SUBMISSION_TO_COUNCIL_OR_PARTY}: LA Đ6.2b (documents submitted to a People's Council or a
 *       higher Party body).</li>
 * </ul>
 * Not in the defaults, and available to a deployment that needs them:
 * {@link Category#LISTED_BY_OTHER_MINISTRY_OR_LOCALITY} (LS Đ6.5b: documents to other ministries or localities
 * whose own lists ask for paper; a deployment that follows such a list enables it) and
 * {@link Category#TOWN_AND_COMMUNE_EXCHANGE} (BS Đ6, third case: everything a town People's Committee exchanges with
 * its communes and related agencies, a local choice of Bỉm Sơn).
 */
public final class PaperCopyPolicy {

    /** A case in which a paper copy travels with the e-document. */
    public enum Category {
        /** A legal normative document (văn bản quy phạm pháp luật), to anyone. BS Đ6. */
        LEGAL_NORMATIVE("legal normative document", "BS Đ6"),
        /** Sent to the Government or the Prime Minister. LS Đ6.5a, LA Đ6.2a. */
        TO_GOVERNMENT("document to the Government or the Prime Minister", "LS Đ6.5a, LA Đ6.2a"),
        /** A dossier submitted for appraisal or approval. LS Đ6.5c, LA Đ6.2c. */
        APPRAISAL_OR_APPROVAL("dossier submitted for appraisal or approval", "LS Đ6.5c, LA Đ6.2c"),
        /** Submitted (trình) to a People's Committee or its chair. BS Đ6, LA Đ6.2b. */
        SUBMISSION_TO_PEOPLES_COMMITTEE("document submitted to the People's Committee or its chair",
                "BS Đ6, LA Đ6.2b"),
        /** Submitted to a People's Council or a higher Party body. LA Đ6.2b. */
        SUBMISSION_TO_COUNCIL_OR_PARTY("document submitted to the People's Council or a higher Party body",
                "LA Đ6.2b"),
        /** Sent to another ministry or locality whose list asks for paper. LS Đ6.5b. */
        LISTED_BY_OTHER_MINISTRY_OR_LOCALITY("document to a ministry or locality whose list asks for paper",
                "LS Đ6.5b"),
        /** Anything a town People's Committee exchanges with communes and related agencies. BS Đ6. */
        TOWN_AND_COMMUNE_EXCHANGE("exchange between the town People's Committee and communes or agencies", "BS Đ6");

        private final String description;
        private final String article;

        Category(String description, String article) {
            this.description = description;
            this.article = article;
        }

        /** What the case is, in English. */
        public String description() {
            return description;
        }

        /** Where the case comes from. */
        public String article() {
            return article;
        }
    }

    private static final String ELECTRONIC_ONLY =
            "R-PAPER-1: electronic only; no paper copy once the signed e-document is sent (LS Đ6.3, LA Đ5.1c, SL Đ3.3)";

    private static final PaperCopyPolicy DEFAULTS = new PaperCopyPolicy(EnumSet.of(Category.LEGAL_NORMATIVE,
            Category.TO_GOVERNMENT, Category.APPRAISAL_OR_APPROVAL, Category.SUBMISSION_TO_PEOPLES_COMMITTEE,
            Category.SUBMISSION_TO_COUNCIL_OR_PARTY));

    private final Set<Category> categories;

    private PaperCopyPolicy(Set<Category> categories) {
        this.categories = Collections.unmodifiableSet(categories.isEmpty()
                ? EnumSet.noneOf(Category.class) : EnumSet.copyOf(categories));
    }

    /** The cases of the provincial regulations (see the class comment). */
    public static PaperCopyPolicy defaults() {
        return DEFAULTS;
    }

    /** A policy with exactly these cases. */
    public static PaperCopyPolicy of(Set<Category> categories) {
        return new PaperCopyPolicy(Objects.requireNonNull(categories, "categories"));
    }

    /** The cases this policy applies. */
    public Set<Category> categories() {
        return categories;
    }

    /** This policy with {@code category} added. */
    public PaperCopyPolicy with(Category category) {
        Set<Category> s = EnumSet.noneOf(Category.class);
        s.addAll(categories);
        s.add(category);
        return new PaperCopyPolicy(s);
    }

    /** This policy with {@code category} removed. */
    public PaperCopyPolicy without(Category category) {
        Set<Category> s = EnumSet.noneOf(Category.class);
        s.addAll(categories);
        s.remove(category);
        return new PaperCopyPolicy(s);
    }

    /**
     * Decides for {@code document} sent to a body of kind {@code recipient} for {@code purpose}. The reasons list
     * every case that applies, or the electronic-only rule when none does.
     */
    public PaperCopyDecision decide(Document document, RecipientKind recipient, Purpose purpose) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(purpose, "purpose");
        List<String> reasons = new ArrayList<>();
        boolean submitted = purpose == Purpose.SUBMISSION || purpose == Purpose.APPRAISAL
                || purpose == Purpose.APPROVAL;
        for (Category c : categories) {
            boolean applies = switch (c) {
                case LEGAL_NORMATIVE -> document.type().map(DocumentType::legalNormative).orElse(false);
                case TO_GOVERNMENT -> recipient == RecipientKind.GOVERNMENT
                        || recipient == RecipientKind.PRIME_MINISTER;
                case APPRAISAL_OR_APPROVAL -> purpose == Purpose.APPRAISAL || purpose == Purpose.APPROVAL;
                case SUBMISSION_TO_PEOPLES_COMMITTEE -> submitted && (recipient == RecipientKind.PEOPLES_COMMITTEE
                        || recipient == RecipientKind.PEOPLES_COMMITTEE_CHAIR);
                case SUBMISSION_TO_COUNCIL_OR_PARTY -> submitted && (recipient == RecipientKind.PEOPLES_COUNCIL
                        || recipient == RecipientKind.PARTY_BODY);
                case LISTED_BY_OTHER_MINISTRY_OR_LOCALITY -> recipient == RecipientKind.OTHER_MINISTRY_OR_LOCALITY;
                case TOWN_AND_COMMUNE_EXCHANGE -> recipient == RecipientKind.PEOPLES_COMMITTEE
                        || recipient == RecipientKind.OTHER_AGENCY;
            };
            if (applies) {
                reasons.add("R-PAPER-1: " + c.description() + " (" + c.article() + ")");
            }
        }
        if (reasons.isEmpty()) {
            return new PaperCopyDecision(false, List.of(ELECTRONIC_ONLY));
        }
        return new PaperCopyDecision(true, reasons);
    }

    /**
     * Checks a planned sending: an error when a required paper copy is not planned, a warning when one is planned
     * though not required. Path: {@code paperCopy}.
     */
    public ValidationResult check(Document document, RecipientKind recipient, Purpose purpose,
                                  boolean paperCopySent) {
        PaperCopyDecision decision = decide(document, recipient, purpose);
        if (decision.paperCopyRequired() && !paperCopySent) {
            return ValidationResult.of(DocumentViolation.PAPER_COPY_MISSING.at("paperCopy",
                    String.join("; ", decision.reasons())));
        }
        if (!decision.paperCopyRequired() && paperCopySent) {
            return ValidationResult.of(DocumentViolation.PAPER_COPY_SUPERFLUOUS.at("paperCopy"));
        }
        return ValidationResult.ok();
    }
}
