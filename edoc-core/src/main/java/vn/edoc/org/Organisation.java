package vn.edoc.org;

import vn.edoc.id.OrganCode;
import vn.edoc.id.UnitSlug;

/**
 * An organisation using the document system (cơ quan, tổ chức): its identifier code (mã định danh, R-ID-1), its
 * name, its kind, and the suffix appended to its people's account names (R-ID-4: {@code chiennv.bimson}; empty
 * when its accounts carry none, as in Sơn La's {@code chiennv}).
 *
 * <p>Not to be confused with {@link vn.edoc.document.Organisation}, the issuer printed on a document;
 * {@link #issuer()} gives that one.
 *
 * @param code          the organisation's identifier code
 * @param name          its name (tên cơ quan)
 * @param kind          its kind, which tells whether it is a collective body
 * @param accountSuffix the account-name suffix, a {@link UnitSlug} such as {@code "bimson"}, or {@code ""}
 */
public record Organisation(OrganCode code, String name, OrganisationKind kind, String accountSuffix) {

    /** Refuses a missing code, name or kind and a suffix that is not a slug, all at once. */
    public Organisation {
        accountSuffix = accountSuffix == null ? "" : accountSuffix;
        Checks checks = new Checks().present(code, "code").text(name, "name").present(kind, "kind");
        if (!accountSuffix.isEmpty() && !UnitSlug.isSlug(accountSuffix)) {
            checks.add(OrgViolation.BAD_SUFFIX.at("accountSuffix", accountSuffix));
        }
        checks.orThrow();
        name = name.strip();
    }

    /** An organisation whose accounts carry no suffix. */
    public static Organisation of(OrganCode code, String name, OrganisationKind kind) {
        return new Organisation(code, name, kind, "");
    }

    /** An organisation whose accounts end in {@code "." + accountSuffix}. */
    public static Organisation of(OrganCode code, String name, OrganisationKind kind, String accountSuffix) {
        return new Organisation(code, name, kind, accountSuffix);
    }

    /** True when its accounts carry a suffix. */
    public boolean hasAccountSuffix() {
        return !accountSuffix.isEmpty();
    }

    /** True when it decides as a collective body, so that "TM." signatures exist (Decree 30/2020 Điều 13.2). */
    public boolean collectiveBody() {
        return kind.collectiveBody();
    }

    /** This organisation as the issuer printed on a document (cơ quan ban hành). */
    public vn.edoc.document.Organisation issuer() {
        return new vn.edoc.document.Organisation(code, name);
    }
}
