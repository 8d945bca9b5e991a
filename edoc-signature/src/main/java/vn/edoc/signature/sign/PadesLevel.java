package vn.edoc.signature.sign;

/**
 * The PAdES baseline level a signature is made at (mức chữ ký PAdES, ETSI EN 319 142-1).
 */
public enum PadesLevel {
    /** B-B: the CMS signature with the signing-certificate-v2 attribute, no time stamp. */
    B_B,
    /** B-T: B-B plus a signature time stamp from a time-stamping authority. */
    B_T,
    /** B-LT: B-T plus the certificates and revocation data (CRL, OCSP) in the PDF's DSS dictionary. */
    B_LT,
    /** B-LTA: B-LT plus a document time stamp, for long-term archives. */
    B_LTA;

    /** Whether this level includes {@code other}. */
    public boolean includes(PadesLevel other) {
        return ordinal() >= other.ordinal();
    }

    /** The name used by ETSI and the CLI ("B-LT"). */
    public String label() {
        return name().replace('_', '-');
    }

    /** The level named {@code text} ("B-T", "b_lt", "LTA"...). */
    public static PadesLevel parse(String text) {
        String n = text.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
        if (!n.startsWith("B_")) {
            n = "B_" + n;
        }
        return valueOf(n);
    }
}
