package vn.edoc.validation;

import java.util.Objects;

/**
 * Thrown when a lifecycle is asked to move between two states that its transition table does not list (chuyển
 * trạng thái không hợp lệ). Every lifecycle of the library (incoming and outgoing documents, deliveries,
 * assignments, tasks, extensions, accounts) lists its legal (from, to) pairs in one enum, in the manner of
 * Resilience4j's {@code StateTransition}; anything else ends here. The violation carried names the rule of the
 * lifecycle, and nothing has changed.
 */
public class IllegalTransitionException extends EdocRuleException {

    private static final long serialVersionUID = 1L;

    private final String lifecycle;
    private final String from;
    private final String to;

    /**
     * @param lifecycle the lifecycle's name, such as {@code "IncomingState"}
     * @param from      the state the object is in
     * @param to        the state asked for
     * @param violation the violation naming the rule
     */
    public IllegalTransitionException(String lifecycle, Enum<?> from, Enum<?> to, Violation violation) {
        super(violation);
        this.lifecycle = Objects.requireNonNull(lifecycle, "lifecycle");
        this.from = from == null ? "null" : from.name();
        this.to = to == null ? "null" : to.name();
    }

    /** The lifecycle's name, such as {@code "IncomingState"}. */
    public String lifecycle() {
        return lifecycle;
    }

    /** The name of the state the object was in ({@code "null"} when none was given). */
    public String from() {
        return from;
    }

    /** The name of the state asked for ({@code "null"} when none was given). */
    public String to() {
        return to;
    }
}
