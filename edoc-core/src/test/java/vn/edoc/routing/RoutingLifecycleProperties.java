package vn.edoc.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import vn.edoc.document.AssignmentKind;
import vn.edoc.validation.IllegalTransitionException;

/**
 * Random sequences of requested moves, applied through the transition tables: the state never leaves the set
 * reachable in the table, a refused move leaves the state as it was, and a final state stays final.
 */
class RoutingLifecycleProperties {

    /** Applies the requested moves; returns the number accepted. */
    static <S extends Enum<S>, T> int walk(S start, List<S> requested, BiFunction<S, S, T> between,
                                           Function<T, S> to, Predicate<S> isFinal, Set<S> reachable,
                                           Function<S, Set<S>> targets) {
        S state = start;
        int accepted = 0;
        for (S next : requested) {
            boolean legal = targets.apply(state).contains(next);
            try {
                T t = between.apply(state, next);
                assertThat(legal).as("%s > %s accepted though not listed", state, next).isTrue();
                assertThat(isFinal.test(state)).as("left final state %s", state).isFalse();
                state = to.apply(t);
                accepted++;
            } catch (IllegalTransitionException refused) {
                assertThat(legal).as("%s > %s refused though listed", state, next).isFalse();
                assertThat(refused.from()).isEqualTo(state.name());
            }
            assertThat(reachable).contains(state);
        }
        return accepted;
    }

    @Property(tries = 300)
    void incomingWalksStayInTheTable(@ForAll("incoming") List<IncomingState> moves) {
        walk(IncomingState.RECEIVED, moves, IncomingTransition::transitionBetween, IncomingTransition::to,
                IncomingState::isFinal, IncomingTransition.reachable(), IncomingTransition::targetsFrom);
    }

    @Property(tries = 300)
    void outgoingWalksStayInTheTable(@ForAll("outgoing") List<OutgoingState> moves) {
        walk(OutgoingState.DRAFTING, moves, OutgoingTransition::transitionBetween, OutgoingTransition::to,
                OutgoingState::isFinal, OutgoingTransition.reachable(), OutgoingTransition::targetsFrom);
    }

    @Property(tries = 300)
    void deliveryWalksStayInTheTable(@ForAll("delivery") List<DeliveryState> moves) {
        walk(DeliveryState.SENT, moves, DeliveryTransition::transitionBetween, DeliveryTransition::to,
                DeliveryState::isFinal, DeliveryTransition.reachable(), DeliveryTransition::targetsFrom);
    }

    @Property(tries = 300)
    void assignmentWalksStayInTheTableOfTheirKind(@ForAll AssignmentKind kind,
                                                  @ForAll("assignment") List<AssignmentState> moves) {
        walk(AssignmentState.ASSIGNED, moves, (f, t) -> AssignmentTransition.transitionBetween(f, t, kind),
                AssignmentTransition::to, AssignmentState::isFinal, AssignmentTransition.reachable(),
                s -> AssignmentTransition.targetsFrom(s, kind));
    }

    /** Biased towards legal moves, so that walks go deep rather than stall at the start. */
    @Property(tries = 200)
    void legalWalksAlwaysEndInAReachableStateAndStopAtFinals(@ForAll("choices") List<Integer> choices) {
        OutgoingState state = OutgoingState.DRAFTING;
        for (int choice : choices) {
            List<OutgoingState> targets = List.copyOf(OutgoingTransition.targetsFrom(state));
            if (targets.isEmpty()) {
                assertThat(state.isFinal()).isTrue();
                break;
            }
            state = OutgoingTransition.transitionBetween(state, targets.get(choice % targets.size())).to();
            assertThat(OutgoingTransition.reachable()).contains(state);
        }
    }

    @Provide
    Arbitrary<List<IncomingState>> incoming() {
        return Arbitraries.of(IncomingState.class).list().ofMaxSize(30);
    }

    @Provide
    Arbitrary<List<OutgoingState>> outgoing() {
        return Arbitraries.of(OutgoingState.class).list().ofMaxSize(30);
    }

    @Provide
    Arbitrary<List<DeliveryState>> delivery() {
        return Arbitraries.of(DeliveryState.class).list().ofMaxSize(20);
    }

    @Provide
    Arbitrary<List<AssignmentState>> assignment() {
        return Arbitraries.of(AssignmentState.class).list().ofMaxSize(30);
    }

    @Provide
    Arbitrary<List<Integer>> choices() {
        return Arbitraries.integers().between(0, 10).list().ofMaxSize(40);
    }
}
