package vn.edoc.text;

import java.util.Locale;
import vn.edoc.validation.EdocRuleException;

/** Shared helpers of the codecs: the refusals they throw. */
final class Codecs {

    private Codecs() {
    }

    static EdocRuleException undecodable(int offset, int b, TextEncoding encoding) {
        return EdocRuleException.of(TextViolation.UNDECODABLE_BYTES, "byte " + offset,
                String.format(Locale.ROOT, "%02X", b & 0xFF), encoding.jsonName());
    }

    static EdocRuleException unrepresentable(String text, int index, TextEncoding encoding) {
        int cp = text.codePointAt(index);
        return EdocRuleException.of(TextViolation.UNREPRESENTABLE_CHARACTER, "character " + index,
                new String(Character.toChars(cp)), codePointName(cp), encoding.jsonName());
    }

    static String codePointName(int cp) {
        return String.format(Locale.ROOT, "U+%04X", cp);
    }
}
