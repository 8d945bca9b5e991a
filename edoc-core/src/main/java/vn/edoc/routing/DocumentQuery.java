package vn.edoc.routing;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.edoc.id.OrganCode;
import vn.edoc.text.Diacritics;

/**
 * What the engine asks of the {@link DocumentStore} (truy vấn văn bản): the records of one organisation narrowed by
 * indexed columns, so that the work queue (records still open) and the handling report (records handled or issued in
 * a period, and those still waiting at its end) are each one indexed query, never a read of every record an
 * organisation ever had. {@link #test(IncomingRecord)} and {@link #test(OutgoingRecord)} are the normative meaning.
 *
 * @param organisation           the records of this organisation only (required: every index starts with it)
 * @param states                 the record is in one of these states: {@link IncomingState} or
 *                               {@link OutgoingState} names (empty: any)
 * @param from                   the record's time (incoming: handled at; outgoing: issued at) is at or after this
 * @param before                 the record's time is before this
 * @param waitingAt              incoming only: the record was still waiting at this instant: received before it, its
 *                               handling deadline before it, and not handled before it
 * @param unitId                 outgoing only: drafted in this unit
 * @param abstractWords          the abstract (trích yếu), in its search form ({@link Diacritics#searchForm}),
 *                               contains each of these words, in any order (empty: no condition); see
 *                               {@link #abstractContains}
 */
public record DocumentQuery(OrganCode organisation, Set<String> states, Optional<Instant> from,
                            Optional<Instant> before, Optional<Instant> waitingAt, Optional<String> unitId,
                            List<String> abstractWords) {

    /** The most words a search may hold. */
    public static final int MAX_WORDS = 20;
    /** The longest search text, in characters. */
    public static final int MAX_SEARCH_LENGTH = 500;

    /** Copies the set; refuses missing parts. */
    public DocumentQuery {
        Objects.requireNonNull(organisation, "organisation");
        states = Set.copyOf(states);
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(waitingAt, "waitingAt");
        Objects.requireNonNull(unitId, "unitId");
        abstractWords = List.copyOf(abstractWords);
        for (String w : abstractWords) {
            if (w.isEmpty() || !w.equals(Diacritics.searchForm(w)) || w.contains(" ")) {
                throw new IllegalArgumentException("not a word in search form: \"" + w + "\"");
            }
        }
    }

    /** Every record of {@code organisation}. */
    public static DocumentQuery of(OrganCode organisation) {
        return new DocumentQuery(organisation, Set.of(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of());
    }

    /** The records of {@code organisation} not in a final state: what can still wait for someone. */
    public static DocumentQuery open(OrganCode organisation, boolean incoming) {
        Set<String> live = new java.util.TreeSet<>();
        if (incoming) {
            for (IncomingState s : IncomingState.values()) {
                if (!s.isFinal()) {
                    live.add(s.name());
                }
            }
        } else {
            for (OutgoingState s : OutgoingState.values()) {
                if (!s.isFinal()) {
                    live.add(s.name());
                }
            }
        }
        return of(organisation).inStates(live);
    }

    /** This query, also requiring one of {@code names} as the state. */
    public DocumentQuery inStates(Set<String> names) {
        return new DocumentQuery(organisation, names, from, before, waitingAt, unitId, abstractWords);
    }

    /** This query, also requiring the record's time in {@code [start, end)}. */
    public DocumentQuery between(Instant start, Instant end) {
        return new DocumentQuery(organisation, states, Optional.of(start), Optional.of(end), waitingAt, unitId,
                abstractWords);
    }

    /** This query, also requiring an incoming record still waiting at {@code instant}. */
    public DocumentQuery waitingAt(Instant instant) {
        return new DocumentQuery(organisation, states, from, before, Optional.of(instant), unitId, abstractWords);
    }

    /** This query, also requiring an outgoing record of unit {@code unit}. */
    public DocumentQuery ofUnit(String unit) {
        return new DocumentQuery(organisation, states, from, before, waitingAt, Optional.of(unit), abstractWords);
    }

    /**
     * This query, also requiring the abstract (trích yếu) to contain every word of {@code text}, compared in search
     * form: without diacritics and case, đ read as d ("quyet dinh" finds "Quyết định"), each word anywhere in the
     * abstract (as a part of a word too: "dinh" finds "Quyết định"), in any order.
     *
     * @throws IllegalArgumentException when {@code text} has no word, more than {@value #MAX_WORDS} words or more than
     *                                  {@value #MAX_SEARCH_LENGTH} characters
     */
    public DocumentQuery abstractContains(String text) {
        Objects.requireNonNull(text, "text");
        if (text.length() > MAX_SEARCH_LENGTH) {
            throw new IllegalArgumentException("search text longer than " + MAX_SEARCH_LENGTH + " characters: "
                    + text.length());
        }
        String form = Diacritics.searchForm(text);
        if (form.isEmpty()) {
            throw new IllegalArgumentException("search text has no word: \"" + text + "\"");
        }
        List<String> words = List.of(form.split(" "));
        if (words.size() > MAX_WORDS) {
            throw new IllegalArgumentException("search text has " + words.size() + " words, at most " + MAX_WORDS);
        }
        return new DocumentQuery(organisation, states, from, before, waitingAt, unitId, words);
    }

    private boolean abstractMatches(vn.edoc.document.Document d) {
        if (abstractWords.isEmpty()) {
            return true;
        }
        String form = Diacritics.searchForm(d.subject().orElse(""));
        return abstractWords.stream().allMatch(form::contains);
    }

    /** True when {@code r} answers this query. */
    public boolean test(IncomingRecord r) {
        if (!r.organisation().equals(organisation) || !states.isEmpty() && !states.contains(r.state().name())) {
            return false;
        }
        if ((from.isPresent() || before.isPresent()) && !within(r.handledAt())) {
            return false;
        }
        if (waitingAt.isPresent()) {
            Instant at = waitingAt.get();
            boolean waiting = r.receivedAt().isBefore(at) && r.handlingDeadline().isBefore(at)
                    && r.handledAt().map(h -> !h.isBefore(at)).orElse(true);
            if (!waiting) {
                return false;
            }
        }
        return unitId.isEmpty() && abstractMatches(r.document());
    }

    /** True when {@code r} answers this query. */
    public boolean test(OutgoingRecord r) {
        if (!r.organisation().equals(organisation) || !states.isEmpty() && !states.contains(r.state().name())) {
            return false;
        }
        if ((from.isPresent() || before.isPresent()) && !within(r.issuedAt())) {
            return false;
        }
        return waitingAt.isEmpty() && unitId.map(u -> u.equals(r.unitId())).orElse(true)
                && abstractMatches(r.document());
    }

    private boolean within(Optional<Instant> time) {
        if (time.isEmpty()) {
            return false;
        }
        Instant t = time.get();
        return from.map(f -> !t.isBefore(f)).orElse(true) && before.map(t::isBefore).orElse(true);
    }
}
