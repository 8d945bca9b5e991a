package vn.edoc.interconnect.edxml;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The document a package answers or a status message is about ({@code ResponseFor}: văn bản được phản hồi).
 *
 * @param organId          the issuing organisation of that document
 * @param code             its number and notation as one text ({@code 7816/VPCP-TTĐT})
 * @param promulgationDate its date of issue
 * @param documentId       its document identifier ({@code 000.00.00.G22,2015/09/30,7816/VPCP-TTĐT})
 */
public record ResponseFor(String organId, String code, Optional<LocalDate> promulgationDate, String documentId) {

    /** Turns {@code null} texts into {@code ""}. */
    public ResponseFor {
        organId = Texts.text(organId);
        code = Texts.text(code);
        Objects.requireNonNull(promulgationDate, "promulgationDate");
        documentId = Texts.text(documentId);
    }
}
