package vn.edoc.interconnect.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.edoc.id.OrganCode;
import vn.edoc.interconnect.axis.AxisException;
import vn.edoc.interconnect.edxml.EdxmlException;
import vn.edoc.interconnect.mail.MailException;
import vn.edoc.spi.ConcurrentChangeException;
import vn.edoc.spi.MessageId;
import vn.edoc.spi.OutboxEntry;
import vn.edoc.spi.OutboxStore;
import vn.edoc.spi.Transactions;
import vn.edoc.spi.Transport;

/**
 * Sends what waits in the outbox (bộ gửi hộp thư đi). Each due entry is first claimed (a versioned write, so two
 * dispatchers, in one process or several, never send one entry at the same time), then handed to the delivery
 * transport, then recorded as sent; a failure is recorded as an attempt and the entry tried again after an
 * exponential backoff with jitter, until the last attempt or a failure that no retry can cure, which leaves it
 * {@link OutboxEntry.State#DEAD} for a person to see ({@link #deadLetters}) and retry ({@link #retry}). Everything
 * is in the store, so a dispatcher started again after a crash carries on; an entry claimed by a dispatcher that died
 * while sending is taken again when its claim ends, and may then reach the receiver twice, which the receiver's
 * idempotent inbox absorbs.
 *
 * <p>Time comes from the injected clock and the jitter from the injected random generator, so tests replay exact
 * schedules. Call {@link #dispatchDue()} from a scheduler of your own, or {@link #start(Duration)}.
 */
public final class OutboxDispatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxDispatcher.class);

    /**
     * When and how often to try.
     *
     * @param maxAttempts the attempts in a row before giving up (at least 1)
     * @param firstDelay  the wait after the first failure; each further failure doubles it
     * @param maxDelay    the longest wait
     * @param jitter      the share of each wait drawn at random on either side, 0 to 1 (0.2: ±20 %)
     * @param claim       how long a dispatcher holds an entry it is sending
     * @param batch       the most entries taken by one {@link #dispatchDue()}
     * @param permanent   the failures no retry cures: the entry goes dead at once
     */
    public record Policy(int maxAttempts, Duration firstDelay, Duration maxDelay, double jitter, Duration claim,
                         int batch, Predicate<RuntimeException> permanent) {

        /** Refuses values out of range. */
        public Policy {
            if (maxAttempts < 1 || batch < 1) {
                throw new IllegalArgumentException("maxAttempts and batch are at least 1");
            }
            positive(firstDelay, "firstDelay");
            positive(maxDelay, "maxDelay");
            positive(claim, "claim");
            if (maxDelay.compareTo(firstDelay) < 0) {
                throw new IllegalArgumentException("maxDelay is shorter than firstDelay");
            }
            if (!(jitter >= 0 && jitter <= 1)) {
                throw new IllegalArgumentException("jitter is between 0 and 1: " + jitter);
            }
            Objects.requireNonNull(permanent, "permanent");
        }

        private static void positive(Duration d, String name) {
            Objects.requireNonNull(d, name);
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(name + " must be positive");
            }
        }

        /**
         * 10 attempts from 30 seconds doubling up to 1 hour (about 4 hours in all), ±20 % jitter, 5-minute claims,
         * 100 per batch; permanent failures are {@link #permanentByDefault}.
         */
        public static Policy defaults() {
            return new Policy(10, Duration.ofSeconds(30), Duration.ofHours(1), 0.2, Duration.ofMinutes(5), 100,
                    Policy::permanentByDefault);
        }

        /** This policy with {@code attempts} attempts and waits from {@code first} up to {@code max}. */
        public Policy withRetries(int attempts, Duration first, Duration max) {
            return new Policy(attempts, first, max, jitter, claim, batch, permanent);
        }

        /** This policy with jitter {@code value}. */
        public Policy withJitter(double value) {
            return new Policy(maxAttempts, firstDelay, maxDelay, value, claim, batch, permanent);
        }

        /**
         * Failures that stay until a person acts: an organisation without address or registration, a message too
         * large, a package that cannot be written, a message refused as malformed.
         */
        public static boolean permanentByDefault(RuntimeException e) {
            if (e instanceof MailException m) {
                return m.reason() == MailException.Reason.UNKNOWN_ADDRESS
                        || m.reason() == MailException.Reason.TOO_LARGE;
            }
            if (e instanceof AxisException a) {
                return a.reason() == AxisException.Reason.UNKNOWN_ORGANISATION
                        || a.reason() == AxisException.Reason.TOO_LARGE
                        || a.reason() == AxisException.Reason.FORBIDDEN;
            }
            return e instanceof EdxmlException || e instanceof NoChannelException
                    || e instanceof IllegalArgumentException;
        }

        /** The wait after the {@code failures}-th failure in a row, before jitter. */
        public Duration delayAfter(int failures) {
            Duration d = firstDelay;
            for (int i = 1; i < failures && d.compareTo(maxDelay) < 0; i++) {
                d = d.multipliedBy(2);
            }
            return d.compareTo(maxDelay) > 0 ? maxDelay : d;
        }
    }

    /**
     * What one {@link #dispatchDue()} did.
     *
     * @param sent    handed over to the transport
     * @param retried failed, to be tried again
     * @param dead    given up
     * @param skipped taken by another dispatcher first
     */
    public record Result(int sent, int retried, int dead, int skipped) {
    }

    private final Transactions transactions;
    private final OutboxStore store;
    private final Transport delivery;
    private final Clock clock;
    private final RandomGenerator random;
    private final Policy policy;
    private ScheduledExecutorService scheduler;

    private OutboxDispatcher(Transactions transactions, OutboxStore store, Transport delivery, Clock clock,
                             RandomGenerator random, Policy policy) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.store = Objects.requireNonNull(store, "store");
        this.delivery = Objects.requireNonNull(delivery, "delivery");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /**
     * A dispatcher sending the entries of {@code store} (units of work of {@code transactions}) through
     * {@code delivery} (the real transport, or a {@link ChannelRouter}; never the {@link OutboxTransport} itself).
     */
    public static OutboxDispatcher of(Transactions transactions, OutboxStore store, Transport delivery, Clock clock,
                                      RandomGenerator random, Policy policy) {
        if (delivery instanceof OutboxTransport) {
            throw new IllegalArgumentException("the dispatcher sends through the delivery transport, not the outbox");
        }
        return new OutboxDispatcher(transactions, store, delivery, clock, random, policy);
    }

    /** The policy. */
    public Policy policy() {
        return policy;
    }

    /** Sends every entry due now (up to the batch size), each claimed, tried and recorded on its own. */
    public Result dispatchDue() {
        int sent = 0;
        int retried = 0;
        int dead = 0;
        int skipped = 0;
        for (OutboxEntry due : store.due(clock.instant(), policy.batch())) {
            OutboxEntry claimed = due.claimed(clock.instant().plus(policy.claim()));
            try {
                transactions.run(uow -> store.save(uow, claimed));
            } catch (ConcurrentChangeException lost) {
                skipped++;
                continue;
            }
            Instant at = clock.instant();
            OutboxEntry after;
            try {
                delivery.send(claimed.message());
                after = claimed.sent(at);
                sent++;
            } catch (RuntimeException e) {
                String error = e.getClass().getSimpleName() + ": " + e.getMessage();
                if (policy.permanent().test(e) || claimed.failures() + 1 >= policy.maxAttempts()) {
                    after = claimed.dead(at, error);
                    dead++;
                    LOG.error("outbox: gave up {} of {} to {} after {} attempt(s): {}", claimed.messageId(),
                            claimed.sender().value(), claimed.message().to().value(), claimed.failures() + 1, error);
                } else {
                    Instant next = at.plus(jittered(policy.delayAfter(claimed.failures() + 1)));
                    after = claimed.failed(at, error, next);
                    retried++;
                    LOG.warn("outbox: sending {} to {} failed ({}), next attempt at {}", claimed.messageId(),
                            claimed.message().to().value(), error, next);
                }
            }
            OutboxEntry result = after;
            try {
                transactions.run(uow -> store.save(uow, result));
            } catch (ConcurrentChangeException e) {
                // our claim ran out and another dispatcher took the entry: its record stands
                LOG.warn("outbox: the outcome of {} was overtaken by another dispatcher", claimed.messageId());
            }
        }
        return new Result(sent, retried, dead, skipped);
    }

    private Duration jittered(Duration d) {
        if (policy.jitter() == 0) {
            return d;
        }
        double factor = 1 + policy.jitter() * (2 * random.nextDouble() - 1);
        return Duration.ofMillis(Math.max(1, Math.round(d.toMillis() * factor)));
    }

    /** The dead letters of {@code sender} (thư chết), in the order queued, paged. */
    public List<OutboxEntry> deadLetters(OrganCode sender, int offset, int limit) {
        return store.inState(sender, OutboxEntry.State.DEAD, offset, limit);
    }

    /**
     * Puts the dead letter {@code id} of {@code sender} back to be sent at once, by {@code person} (their personal
     * account, R-ACC-1) with {@code why}; its attempts are kept and its count of failures starts again.
     *
     * @throws IllegalArgumentException when there is no such entry
     * @throws IllegalStateException    when it is not dead
     */
    public OutboxEntry retry(OrganCode sender, MessageId id, String person, String why) {
        return transactions.inTransaction(uow -> {
            OutboxEntry e = store.find(uow, sender, id).orElseThrow(() -> new IllegalArgumentException(
                    "no message " + id + " of " + (sender == null ? "?" : sender.value()) + " in the outbox"));
            OutboxEntry back = e.retried(person, why, clock.instant());
            store.save(uow, back);
            LOG.info("outbox: {} of {} retried by {}", id, sender.value(), person);
            return back;
        });
    }

    /** Runs {@link #dispatchDue()} every {@code period} on a thread of its own until {@link #close()}. */
    public synchronized void start(Duration period) {
        if (scheduler != null) {
            throw new IllegalStateException("already started");
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "edoc-outbox-dispatcher");
            t.setDaemon(true);
            return t;
        });
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                dispatchDue();
            } catch (RuntimeException e) {
                LOG.error("outbox: dispatching failed; trying again next period", e);
            }
        }, 0, period.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Stops the thread started by {@link #start}, waiting for a run in progress. */
    @Override
    public synchronized void close() {
        if (scheduler != null) {
            scheduler.shutdown();
            try {
                scheduler.awaitTermination(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            scheduler = null;
        }
    }
}
