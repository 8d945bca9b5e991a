package vn.edoc.interconnect.edxml;

import java.util.List;
import java.util.Objects;

/** Small checks shared by the model records: absent text is {@code ""}, lists are copied. */
final class Texts {

    private Texts() {
    }

    static String text(String value) {
        return value == null ? "" : value;
    }

    static <T> List<T> list(List<T> value) {
        return value == null ? List.of() : List.copyOf(value);
    }

    static <T> T given(T value, String name) {
        return Objects.requireNonNull(value, name);
    }
}
