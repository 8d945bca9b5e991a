package vn.edoc.routing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.edoc.id.OrganCode;
import vn.edoc.validation.ValidationResult;
import vn.edoc.validation.Violation;

/**
 * A written authorisation to sign "TUQ." (văn bản ủy quyền ký thừa ủy quyền), Decree 30/2020/NĐ-CP Điều 13.3: the
 * head of an organisation may, in special cases, authorise the head of one of its units to sign some documents the
 * head would sign; the authorisation is given in writing and limited in time and content, and the authorised person
 * may not pass it on. {@link SigningAuthority} accepts a "TUQ." signature only under an authorisation in force on
 * the signing date whose grantor is the head.
 *
 * @param reference    the number and notation of the written authorisation, such as "15/GUQ-UBND"
 * @param organisation the organisation whose documents may be signed
 * @param grantorId    the person who authorises (must be the head, checked when signing)
 * @param authorisedId the person authorised
 * @param content      what may be signed (nội dung ủy quyền)
 * @param validFrom    first day in force
 * @param validUntil   last day in force (inclusive)
 */
public record Authorisation(String reference, OrganCode organisation, String grantorId, String authorisedId,
                            String content, LocalDate validFrom, LocalDate validUntil) {

    /** Refuses missing parts, an open or reversed period, and a person authorising themselves, all at once. */
    public Authorisation {
        List<Violation> found = new ArrayList<>();
        blank(found, reference, "reference");
        if (organisation == null) {
            found.add(RoutingViolation.BAD_AUTHORISATION.at("organisation", "organisation missing"));
        }
        blank(found, grantorId, "grantorId");
        blank(found, authorisedId, "authorisedId");
        blank(found, content, "content");
        if (validFrom == null || validUntil == null) {
            found.add(RoutingViolation.BAD_AUTHORISATION.at("validUntil",
                    "the period must be limited (Decree 30/2020 Điều 13.3)"));
        } else if (validUntil.isBefore(validFrom)) {
            found.add(RoutingViolation.BAD_AUTHORISATION.at("validUntil", "validUntil " + validUntil
                    + " is before validFrom " + validFrom));
        }
        if (grantorId != null && grantorId.strip().equals(authorisedId == null ? null : authorisedId.strip())) {
            found.add(RoutingViolation.BAD_AUTHORISATION.at("authorisedId", "a person cannot authorise themselves"));
        }
        ValidationResult.of(found).orThrow();
        reference = reference.strip();
        grantorId = grantorId.strip();
        authorisedId = authorisedId.strip();
        content = content.strip();
    }

    /** True when {@code date} is within the period. */
    public boolean inForceOn(LocalDate date) {
        return date != null && !date.isBefore(validFrom) && !date.isAfter(validUntil);
    }

    private static void blank(List<Violation> found, String value, String field) {
        if (value == null || value.isBlank()) {
            found.add(RoutingViolation.BAD_AUTHORISATION.at(field, field + " missing"));
        }
    }
}
