package vn.edoc.text;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import vn.edoc.validation.ValidationResult;
import vn.edoc.validation.Violation;

/** Gathers violations, listing at most a given number of each kind and summing up the rest. */
final class ViolationCollector {

    private final int maxPerKind;
    private final List<Violation> listed = new ArrayList<>();
    private final Map<TextViolation, Integer> seen = new EnumMap<>(TextViolation.class);

    ViolationCollector(int maxPerKind) {
        this.maxPerKind = maxPerKind;
    }

    void add(TextViolation type, String path, Object... args) {
        int n = seen.merge(type, 1, Integer::sum);
        if (n <= maxPerKind) {
            listed.add(type.at(path, args));
        }
    }

    /** Counts one more of {@code type}; builds the path and arguments only when it will be listed. */
    void add(TextViolation type, Supplier<String> path, Supplier<Object[]> args) {
        int n = seen.merge(type, 1, Integer::sum);
        if (n <= maxPerKind) {
            listed.add(type.at(path.get(), args.get()));
        }
    }

    int count(TextViolation type) {
        return seen.getOrDefault(type, 0);
    }

    ValidationResult result() {
        List<Violation> all = new ArrayList<>(listed);
        for (Map.Entry<TextViolation, Integer> e : seen.entrySet()) {
            int more = e.getValue() - maxPerKind;
            if (more > 0) {
                all.add(TextViolation.MORE_OCCURRENCES.at("", more, e.getKey().code()));
            }
        }
        return ValidationResult.of(all);
    }
}
