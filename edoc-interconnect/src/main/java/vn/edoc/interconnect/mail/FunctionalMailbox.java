package vn.edoc.interconnect.mail;

import java.util.Locale;
import java.util.Objects;
import vn.edoc.id.AccountNames;
import vn.edoc.id.OrganCode;
import vn.edoc.validation.EdocRuleException;

/**
 * A commune's shared functional mailbox (hộp thư dùng chung của UBND xã, phường; R-ID-4): {@code <unit>ct.<suffix>}
 * for the chair (Chủ tịch) and {@code <unit>vp.<suffix>} for the office (Văn phòng). It is a transport address and
 * nothing more: mail for the commune is sent there and read from there, and the person named responsible is the one
 * told about what arrives or fails. It never acts: every action on what it brings in is taken by a person under
 * their own account (R-ACC-1), which is why this type holds no account and cannot become an
 * {@code vn.edoc.routing.Actor}.
 *
 * @param organisation the commune's organisation code
 * @param function     chair or office
 * @param address      the mailbox's address, {@code <unit>ct.<suffix>@<domain>} or {@code <unit>vp.<suffix>@<domain>}
 * @param responsible  the personal account name of the person responsible for reading it (such as
 *                     {@code chiennv.bimson}), never a shared account
 */
public record FunctionalMailbox(OrganCode organisation, Function function, String address, String responsible) {

    /** What a commune's shared mailbox is for. */
    public enum Function {
        /** The chair's mailbox, {@code <unit>ct.<suffix>}. */
        CHAIR,
        /** The office's mailbox, {@code <unit>vp.<suffix>}. */
        OFFICE
    }

    /**
     * Refuses missing parts, an address that is not the commune's shared account name followed by a domain
     * ({@link MailViolation#MAILBOX_ADDRESS}, R-ID-4), and a responsible person given as a shared account
     * ({@link MailViolation#SHARED_RESPONSIBLE}, R-ACC-1).
     */
    public FunctionalMailbox {
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(responsible, "responsible");
        address = address.strip().toLowerCase(Locale.ROOT);
        int at = address.indexOf('@');
        String local = at < 0 ? address : address.substring(0, at);
        String unit = local.contains(".") ? local.substring(0, local.indexOf('.')) : local;
        String marker = function == Function.CHAIR ? "ct" : "vp";
        if (at <= 0 || at == address.length() - 1 || address.indexOf('@', at + 1) >= 0 || !unit.endsWith(marker)
                || unit.length() == marker.length()) {
            throw EdocRuleException.of(MailViolation.MAILBOX_ADDRESS, "address", address,
                    "<unit>" + marker + ".<suffix>");
        }
        String person = responsible.strip().toLowerCase(Locale.ROOT);
        String personLocal = person.contains("@") ? person.substring(0, person.indexOf('@')) : person;
        String personUnit = personLocal.contains(".") ? personLocal.substring(0, personLocal.indexOf('.'))
                : personLocal;
        // a commune's two shared accounts share the unit part; either one named responsible is a shared account
        String unitOnly = unit.substring(0, unit.length() - marker.length());
        if (person.isEmpty() || personLocal.equals(local) || personUnit.equals(unitOnly + "ct")
                || personUnit.equals(unitOnly + "vp")) {
            throw EdocRuleException.of(MailViolation.SHARED_RESPONSIBLE, "responsible", address,
                    responsible.isBlank() ? "(trống)" : responsible);
        }
        responsible = person;
    }

    /**
     * The {@code function} mailbox of the commune {@code unitSlug} of the town or district {@code suffix} at
     * {@code domain}, named by {@link AccountNames#communeAccounts} (e.g. {@code quangtrungct.bimson@thanhhoa.gov.vn}),
     * read by the person with the personal account {@code responsible}.
     */
    public static FunctionalMailbox of(OrganCode organisation, Function function, String unitSlug, String suffix,
                                       String domain, String responsible) {
        AccountNames.CommuneAccounts accounts = AccountNames.communeAccounts(unitSlug, suffix);
        String local = function == Function.CHAIR ? accounts.chair() : accounts.office();
        return new FunctionalMailbox(organisation, function, local + "@" + Objects.requireNonNull(domain, "domain"),
                responsible);
    }
}
