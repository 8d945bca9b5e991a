package vn.edoc.routing;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import vn.edoc.document.SigningCompetence;
import vn.edoc.org.Directory;
import vn.edoc.org.LeaderRank;
import vn.edoc.org.Organisation;
import vn.edoc.org.Person;
import vn.edoc.org.Role;
import vn.edoc.validation.ValidationResult;
import vn.edoc.validation.Violation;

/**
 * Whether a person may sign an organisation's document under a given competence (thẩm quyền ký), as written above
 * the signer's title. The rules, from Decree 30/2020/NĐ-CP Điều 13 and Phụ lục I Mục II §7 (read in secondary
 * sources quoting the decree: thuvienphapluat.vn, luatvietnam.vn, lutrader.com; the older Circular 01/2011/TT-BNV
 * Điều 12 gives the same prefixes):
 * <ul>
 *   <li><b>no prefix</b>: the head signs in their own name; under the head regime (chế độ thủ trưởng) the head
 *       signs every document of the organisation (Điều 13.1), and the chair of a People's Committee signs the
 *       documents of the chair's own competence. Here: the signer holds {@link Role#LEADER} as
 *       {@link LeaderRank#HEAD}.</li>
 *   <li><b>TM.</b> (thay mặt): in a collective body (chế độ tập thể) the head signs on behalf of the collective, and
 *       a deputy may sign on behalf of the collective for the head ("TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH",
 *       Điều 13.2). Here: the organisation is a collective body and the signer holds a {@link Role#LEADER}
 *       position of any rank.</li>
 *   <li><b>KT.</b> (ký thay): a deputy signs for the head, in the fields assigned to them (Điều 13.1-2; a deputy
 *       put in charge also signs "KT."). Here: the signer holds {@link Role#LEADER} as
 *       {@link LeaderRank#DEPUTY}.</li>
 *   <li><b>TL.</b> (thừa lệnh): the head may let the heads of units (the office chief, the head of administration
 *       or of some units) sign some kinds of documents by order, as set in the organisation's working rules
 *       (Điều 13.4). Here: the signer holds {@link Role#OFFICE_CHIEF} or {@link Role#UNIT_HEAD}; deputies are
 *       accepted too, as this library reads Điều 13.4 to let the person signing by order hand it to a deputy
 *       (this sentence could not be confirmed from the primary text). Which kinds of documents are delegated is
 *       the organisation's working rule and is not checked here.</li>
 *   <li><b>TUQ.</b> (thừa ủy quyền): in special cases the head authorises the head of a unit, in writing, limited
 *       in time and content; no further delegation (Điều 13.3). Here: the signer heads a unit
 *       ({@link Role#UNIT_HEAD} or {@link Role#OFFICE_CHIEF} as {@link LeaderRank#HEAD}) and holds an
 *       {@link Authorisation} in force on the date, granted by a person holding {@link Role#LEADER} as head (or
 *       acting head) of the organisation in the directory.</li>
 *   <li><b>Q.</b> (quyền): a person given the head's powers signs "Q." before the head's title (Phụ lục I §7).
 *       Here: the signer holds {@link Role#LEADER} as {@link LeaderRank#ACTING}.</li>
 * </ul>
 * In every case the signer must work for the organisation. Whether the signer's account can act is a matter of
 * {@link Permissions}, not of competence.
 */
public final class SigningAuthority {

    private final Directory directory;
    private final List<Authorisation> authorisations;

    private SigningAuthority(Directory directory, List<Authorisation> authorisations) {
        this.directory = directory;
        this.authorisations = authorisations;
    }

    /** Signing authority read against {@code directory} (for grantors) and the written authorisations given. */
    public static SigningAuthority of(Directory directory, Collection<Authorisation> authorisations) {
        Objects.requireNonNull(directory, "directory");
        return new SigningAuthority(directory, authorisations == null ? List.of() : List.copyOf(authorisations));
    }

    /** Signing authority without any "TUQ." authorisation. */
    public static SigningAuthority withoutAuthorisations(Directory directory) {
        return of(directory, List.of());
    }

    /** The written authorisations known. */
    public List<Authorisation> authorisations() {
        return authorisations;
    }

    /**
     * Whether {@code signer} may sign a document of {@code org} under {@code competence} on {@code date}; valid when
     * they may, otherwise the reason (rule R-FMT-5, Decree 30/2020 Điều 13).
     */
    public ValidationResult check(Person signer, SigningCompetence competence, Organisation org, LocalDate date) {
        if (signer == null || competence == null || org == null || date == null) {
            String missing = signer == null ? "signer" : competence == null ? "competence" : org == null ? "org"
                    : "date";
            return ValidationResult.of(RoutingViolation.MISSING.at(missing, missing));
        }
        if (!signer.organisation().equals(org.code())) {
            return ValidationResult.of(RoutingViolation.SIGNER_OTHER_ORGANISATION.at("signer", signer.id(),
                    signer.organisation().value(), org.code().value()));
        }
        return switch (competence) {
            case NONE -> when(signer.holds(Role.LEADER, LeaderRank.HEAD),
                    RoutingViolation.NONE_NOT_HEAD.at("competence", signer.id()));
            case TM -> !org.collectiveBody()
                    ? ValidationResult.of(RoutingViolation.TM_NOT_COLLECTIVE.at("competence", org.code().value()))
                    : when(signer.holds(Role.LEADER), RoutingViolation.TM_NOT_LEADER.at("competence", signer.id()));
            case KT -> when(signer.holds(Role.LEADER, LeaderRank.DEPUTY),
                    RoutingViolation.KT_NOT_DEPUTY.at("competence", signer.id()));
            case TL -> when(signer.holds(Role.OFFICE_CHIEF) || signer.holds(Role.UNIT_HEAD),
                    RoutingViolation.TL_NOT_UNIT_HEAD.at("competence", signer.id()));
            case TUQ -> byAuthorisation(signer, org, date);
            case Q -> when(signer.holds(Role.LEADER, LeaderRank.ACTING),
                    RoutingViolation.Q_NOT_ACTING.at("competence", signer.id()));
        };
    }

    /** The competences under which {@code signer} may sign a document of {@code org} on {@code date}. */
    public Set<SigningCompetence> competences(Person signer, Organisation org, LocalDate date) {
        Set<SigningCompetence> result = EnumSet.noneOf(SigningCompetence.class);
        for (SigningCompetence c : SigningCompetence.values()) {
            if (check(signer, c, org, date).isValid()) {
                result.add(c);
            }
        }
        return Collections.unmodifiableSet(result);
    }

    private ValidationResult byAuthorisation(Person signer, Organisation org, LocalDate date) {
        boolean headsUnit = signer.holds(Role.UNIT_HEAD, LeaderRank.HEAD)
                || signer.holds(Role.OFFICE_CHIEF, LeaderRank.HEAD);
        if (!headsUnit) {
            return ValidationResult.of(RoutingViolation.TUQ_NOT_UNIT_HEAD.at("competence", signer.id()));
        }
        boolean authorised = authorisations.stream().anyMatch(a -> a.organisation().equals(org.code())
                && a.authorisedId().equals(signer.id()) && a.inForceOn(date) && grantedByHead(a, org));
        return when(authorised, RoutingViolation.TUQ_NO_AUTHORISATION.at("competence", signer.id(), date));
    }

    private boolean grantedByHead(Authorisation a, Organisation org) {
        return directory.person(a.grantorId()).filter(g -> g.organisation().equals(org.code()))
                .map(g -> g.holds(Role.LEADER, LeaderRank.HEAD) || g.holds(Role.LEADER, LeaderRank.ACTING))
                .orElse(false);
    }

    private static ValidationResult when(boolean allowed, Violation otherwise) {
        return allowed ? ValidationResult.ok() : ValidationResult.of(otherwise);
    }
}
