package vn.edoc.validation;

/** How serious a violation is (mức độ). */
public enum Severity {
    /** The input breaks a rule and is refused. */
    ERROR,
    /** The input is accepted, but a person should look at it (for example a tolerated spelling variant). */
    WARNING;

    /** Lower-case name used in JSON. */
    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
