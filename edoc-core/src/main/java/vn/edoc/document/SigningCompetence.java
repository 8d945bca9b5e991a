package vn.edoc.document;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The authority under which a person signs (thẩm quyền ký), written as a prefix above the signer's title: "TM."
 * (thay mặt), "KT." (ký thay), "TL." (thừa lệnh), "TUQ." (thừa ủy quyền), "Q." (quyền), or none when the head
 * signs in their own name. Decree 30/2020/NĐ-CP Phụ lục I Part I §7.
 */
public enum SigningCompetence {
    /** No prefix: the head of the organisation signs in their own name. */
    NONE("", "Ký trực tiếp"),
    /** TM. (thay mặt): on behalf of a collective body. */
    TM("TM.", "Thay mặt"),
    /** KT. (ký thay): a deputy signs for the head. */
    KT("KT.", "Ký thay"),
    /** TL. (thừa lệnh): signed by order of the head. */
    TL("TL.", "Thừa lệnh"),
    /** TUQ. (thừa ủy quyền): signed by authorisation of the head. */
    TUQ("TUQ.", "Thừa ủy quyền"),
    /** Q. (quyền): acting head. */
    Q("Q.", "Quyền");

    private final String prefix;
    private final String vietnameseName;

    SigningCompetence(String prefix, String vietnameseName) {
        this.prefix = prefix;
        this.vietnameseName = vietnameseName;
    }

    /** The prefix as printed ("KT."), empty for {@link #NONE}. */
    public String prefix() {
        return prefix;
    }

    /** The name in Vietnamese. */
    public String vietnameseName() {
        return vietnameseName;
    }

    /** Name used in JSON: the prefix ("KT."), or {@code "none"} for {@link #NONE}. */
    public String jsonName() {
        return this == NONE ? "none" : prefix;
    }

    /**
     * Reads a prefix or JSON name, ignoring case and the final dot ("KT.", "kt", "TUQ"); {@code "none"} and the
     * empty string give {@link #NONE}.
     */
    public static Optional<SigningCompetence> fromJsonName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.trim().toUpperCase(Locale.ROOT);
        if (n.isEmpty() || n.equals("NONE")) {
            return Optional.of(NONE);
        }
        String key = n.endsWith(".") ? n : n + ".";
        return Arrays.stream(values()).filter(c -> c != NONE && c.prefix.equals(key)).findFirst();
    }
}
