package vn.edoc.register;

/**
 * The two kinds of register (loại sổ văn bản) an organisation keeps: the incoming register (sổ văn bản đến, whose
 * numbers are the "số đến") and the outgoing register (sổ văn bản đi). Decree 30/2020 Điều 15 and Điều 22; R-ID-3.
 */
public enum RegisterKind {
    /** Sổ văn bản đến: documents received (R-IN-3). */
    INCOMING("đến", "sổ văn bản đến"),
    /** Sổ văn bản đi: documents issued (R-OUT-3). */
    OUTGOING("đi", "sổ văn bản đi");

    private final String shortVi;
    private final String vietnameseName;
    // made once: every registration asks for it (register key, audit action), and a new string each time is kept
    // in every audit entry
    private final String code = name().toLowerCase(java.util.Locale.ROOT);
    private final String auditAction = "register." + code;

    RegisterKind(String shortVi, String vietnameseName) {
        this.shortVi = shortVi;
        this.vietnameseName = vietnameseName;
    }

    /** "đến" or "đi". */
    public String shortVietnamese() {
        return shortVi;
    }

    /** "sổ văn bản đến" or "sổ văn bản đi". */
    public String vietnameseName() {
        return vietnameseName;
    }

    /** Lower-case English name used in identifiers and audit actions: {@code incoming}, {@code outgoing}. */
    public String code() {
        return code;
    }

    /** The audit action of a registration in a register of this kind: {@code register.incoming} etc. */
    public String auditAction() {
        return auditAction;
    }
}
