package vn.edoc.document;

/**
 * How far a document has come (giai đoạn), which decides the fields {@link DocumentValidator} requires.
 *
 * <ul>
 *   <li>{@link #DRAFT} (dự thảo): type, abstract and issuing organisation; number and notation not yet given;</li>
 *   <li>{@link #REGISTERED} (đã vào sổ): also number and notation, date and place, signer, recipients and a page
 *       count, and for an outgoing document its document identifier (R-ID-2);</li>
 *   <li>{@link #ISSUED} (đã ban hành): also, for an outgoing or internal document, a digital signature (R-FMT-4) on a
 *       PDF main file (R-FMT-2).</li>
 * </ul>
 */
public enum Stage {
    /** Dự thảo: being drafted, no number yet. */
    DRAFT,
    /** Đã vào sổ: registered, with its number and notation. */
    REGISTERED,
    /** Đã ban hành: issued (or, for an incoming document, received as issued by its sender). */
    ISSUED;

    /**
     * The stage a document shows by itself: an incoming document was issued by its sender; a signed document is
     * issued; one with a notation or document identifier is registered; anything else is a draft.
     */
    public static Stage of(Document document) {
        if (document.direction() == Direction.INCOMING || document.signed()) {
            return ISSUED;
        }
        if (document.notation().isPresent() || document.documentId().isPresent()) {
            return REGISTERED;
        }
        return DRAFT;
    }

    /** True when this stage is {@code other} or later. */
    public boolean atLeast(Stage other) {
        return compareTo(other) >= 0;
    }
}
