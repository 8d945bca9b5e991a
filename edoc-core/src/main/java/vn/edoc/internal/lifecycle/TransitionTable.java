package vn.edoc.internal.lifecycle;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.edoc.validation.IllegalTransitionException;
import vn.edoc.validation.ViolationType;

/**
 * The lookup behind a transition enum (bảng chuyển trạng thái) of any lifecycle — documents, deliveries, assignments,
 * tasks, extensions, cooperations, inspections: built once from the enum's constants, so that the enum stays the
 * only place where transitions are written. Internal to the library: not part of its public API.
 *
 * @param <S> the state enum
 * @param <T> the transition enum
 */
public final class TransitionTable<S extends Enum<S>, T extends Enum<T>> {

    private final Class<S> stateType;
    private final Map<S, Map<S, T>> rows;

    /** The table of {@code transitions}, each going {@code from} one state {@code to} another. */
    public TransitionTable(Class<S> stateType, T[] transitions, Function<T, S> from, Function<T, S> to) {
        this.stateType = stateType;
        Map<S, Map<S, T>> built = new EnumMap<>(stateType);
        for (T t : transitions) {
            Map<S, T> row = built.computeIfAbsent(from.apply(t), k -> new EnumMap<>(stateType));
            if (row.put(to.apply(t), t) != null) {
                throw new IllegalStateException("transition listed twice: " + t);
            }
        }
        this.rows = built;
    }

    /** The transition from {@code from} to {@code to}, if listed. */
    public Optional<T> find(S from, S to) {
        Map<S, T> row = from == null ? null : rows.get(from);
        return row == null || to == null ? Optional.empty() : Optional.ofNullable(row.get(to));
    }

    /** The states reachable in one step from {@code from}. */
    public Set<S> targetsFrom(S from) {
        Map<S, T> row = from == null ? null : rows.get(from);
        return row == null ? Collections.unmodifiableSet(EnumSet.noneOf(stateType))
                : Collections.unmodifiableSet(EnumSet.copyOf(row.keySet()));
    }

    /**
     * The transition from {@code from} to {@code to}; refused with an {@link IllegalTransitionException} carrying
     * {@code type} (arguments: from, to, from, the allowed targets) when the table does not list it.
     */
    public T require(S from, S to, String lifecycle, ViolationType type) {
        return find(from, to).orElseThrow(() -> new IllegalTransitionException(lifecycle, from, to,
                type.at("state", from, to, from, describe(targetsFrom(from)))));
    }

    /** Every state reachable from {@code initial}, the initial states included. */
    public Set<S> reachableFrom(Collection<S> initial) {
        Set<S> seen = EnumSet.noneOf(stateType);
        Deque<S> todo = new ArrayDeque<>(initial);
        while (!todo.isEmpty()) {
            S s = todo.pop();
            if (seen.add(s)) {
                todo.addAll(targetsFrom(s));
            }
        }
        return Collections.unmodifiableSet(seen);
    }

    /** The states' names joined by commas, or {@code "-"} for none. */
    public static String describe(Set<? extends Enum<?>> states) {
        return states.isEmpty() ? "-" : states.stream().map(Enum::name).collect(Collectors.joining(", "));
    }
}
