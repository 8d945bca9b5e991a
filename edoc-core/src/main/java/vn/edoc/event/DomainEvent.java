package vn.edoc.event;

import java.time.Instant;
import java.util.List;
import vn.edoc.document.Direction;
import vn.edoc.org.AdminAction;
import vn.edoc.routing.AssignmentKind;

/**
 * Something that happened in the engine that people may want to be told of (sự kiện nghiệp vụ): a document
 * registered, assigned, issued, a deadline approaching, a task reported, an account locked… Listeners subscribe to
 * an {@link EventPublisher}, so that a vendor can notify people (the {@code Notifier} SPI) or feed dashboards.
 *
 * <p>Every event tells when it happened, who did it (a person id, or {@link #SYSTEM} for what the clock brings) and
 * which object it concerns (a document, task, assignment or account identifier). The hierarchy is sealed: the
 * set of events is closed and known to every listener. The constructors refuse missing values with {@link IllegalArgumentException}:
 * events are made by the engine, not read from users.
 */
public sealed interface DomainEvent {

    /** The actor of events that nobody did, such as a deadline approaching. */
    String SYSTEM = "system";

    /**
     * The event telling of an administrator's action on an account: {@link AccountLocked} for a lock,
     * {@link AccountRevoked} for a revocation, {@link AccountChanged} for the others (creation, roles, unlock).
     *
     * @throws IllegalArgumentException when {@code action} is null
     */
    static DomainEvent of(AdminAction action) {
        Events.require(action, "action");
        return switch (action.kind()) {
            case LOCK -> new AccountLocked(action.at(), action.actorPersonId(), action.target());
            case REVOKE -> new AccountRevoked(action.at(), action.actorPersonId(), action.target());
            default -> new AccountChanged(action.at(), action.actorPersonId(), action.target(), action.kind());
        };
    }

    /** When it happened. */
    Instant occurredAt();

    /** Who did it: a person id, or {@link #SYSTEM}. */
    String actor();

    /** The identifier of the object concerned. */
    String objectId();

    /**
     * A document was numbered in a register (vào sổ), R-IN-3 or R-OUT-3.
     *
     * @param direction incoming or outgoing register
     * @param number    the number in the register
     */
    record DocumentRegistered(Instant occurredAt, String actor, String objectId, Direction direction, long number)
            implements DomainEvent {
        /** Refuses missing values and a number below 1. */
        public DocumentRegistered {
            Events.require(occurredAt, actor, objectId);
            Events.require(direction, "direction");
            if (number < 1) {
                throw new IllegalArgumentException("a register number starts at 1: " + number);
            }
        }
    }

    /**
     * An incoming document was refused, with the reason sent back to the sender (R-IN-6).
     *
     * @param reason the reason
     */
    record DocumentRefused(Instant occurredAt, String actor, String objectId, String reason) implements DomainEvent {
        /** Refuses missing values. */
        public DocumentRefused {
            Events.require(occurredAt, actor, objectId);
            Events.requireText(reason, "reason");
        }
    }

    /**
     * A document was assigned to a unit, or sent to a person for information (R-IN-5, R-IN-8).
     *
     * @param unitId   the unit; for a person informed, the person's unit
     * @param kind     lead, cooperate or inform
     * @param deadline the deadline of a lead or cooperating unit; {@code null} for a party informed, which has none
     *                 (R-IN-5); see {@link #due()}
     */
    record DocumentAssigned(Instant occurredAt, String actor, String objectId, String unitId, AssignmentKind kind,
                            Instant deadline) implements DomainEvent {
        /** Refuses missing values; only a party informed goes without a deadline. */
        public DocumentAssigned {
            Events.require(occurredAt, actor, objectId);
            Events.requireText(unitId, "unitId");
            Events.require(kind, "kind");
            if (kind != AssignmentKind.INFORM) {
                Events.require(deadline, "deadline");
            }
        }

        /** The deadline, empty for a party informed. */
        public java.util.Optional<Instant> due() {
            return java.util.Optional.ofNullable(deadline);
        }
    }

    /**
     * An outgoing document was issued to its recipients (R-OUT-3).
     *
     * @param recipients the recipients' organisation codes or names
     */
    record DocumentIssued(Instant occurredAt, String actor, String objectId, List<String> recipients)
            implements DomainEvent {
        /** Refuses missing values; copies the list. */
        public DocumentIssued {
            Events.require(occurredAt, actor, objectId);
            Events.require(recipients, "recipients");
            recipients = List.copyOf(recipients);
        }
    }

    /**
     * A document was recalled (thu hồi), R-IN-7.
     *
     * @param reason the reason given
     */
    record DocumentRecalled(Instant occurredAt, String actor, String objectId, String reason) implements DomainEvent {
        /** Refuses missing values. */
        public DocumentRecalled {
            Events.require(occurredAt, actor, objectId);
            Events.requireText(reason, "reason");
        }
    }

    /**
     * A recall notice arrived for a document received (thông báo thu hồi), R-IN-7: stored and shown on the record; the
     * clerk then cancels the document ({@code IncomingFlow.cancelOnRecall}).
     *
     * @param sender the organisation recalling, by code
     * @param reason the reason it gives
     */
    record RecallNoticeReceived(Instant occurredAt, String actor, String objectId, String sender, String reason)
            implements DomainEvent {
        /** Refuses missing values. */
        public RecallNoticeReceived {
            Events.require(occurredAt, actor, objectId);
            Events.requireText(sender, "sender");
            Events.requireText(reason, "reason");
        }
    }

    /**
     * A transport message could not be taken in and was quarantined for a person (cách ly thông điệp).
     *
     * @param sender the organisation that sent it, by code
     * @param reason why it failed
     */
    record MessageQuarantined(Instant occurredAt, String actor, String objectId, String sender, String reason)
            implements DomainEvent {
        /** Refuses missing values. */
        public MessageQuarantined {
            Events.require(occurredAt, actor, objectId);
            Events.requireText(sender, "sender");
            Events.requireText(reason, "reason");
        }
    }

    /**
     * An object moved in its lifecycle (chuyển trạng thái), whichever lifecycle it is.
     *
     * @param lifecycle the lifecycle, such as {@code "IncomingState"}
     * @param from      the state left
     * @param to        the state reached
     * @param ruleId    the rule that allowed the move
     */
    record StateChanged(Instant occurredAt, String actor, String objectId, String lifecycle, String from, String to,
                        String ruleId) implements DomainEvent {
        /** Refuses missing values. */
        public StateChanged {
            Events.require(occurredAt, actor, objectId);
            Events.requireText(lifecycle, "lifecycle");
            Events.requireText(from, "from");
            Events.requireText(to, "to");
            Events.requireText(ruleId, "ruleId");
        }
    }

    /**
     * A deadline comes near for work waiting for someone (sắp đến hạn); the twice-a-day check of R-TIME-6 looks
     * for these.
     *
     * @param waitingFor the person whose action is awaited
     * @param deadline   the deadline
     */
    record DeadlineApproaching(Instant occurredAt, String actor, String objectId, String waitingFor, Instant deadline)
            implements DomainEvent {
        /** Refuses missing values. */
        public DeadlineApproaching {
            Events.require(occurredAt, actor, objectId);
            Events.requireText(waitingFor, "waitingFor");
            Events.require(deadline, "deadline");
        }
    }

    /**
     * A deadline passed with the work not done (quá hạn).
     *
     * @param waitingFor the person whose action is awaited
     * @param deadline   the deadline passed
     */
    record Overdue(Instant occurredAt, String actor, String objectId, String waitingFor, Instant deadline)
            implements DomainEvent {
        /** Refuses missing values. */
        public Overdue {
            Events.require(occurredAt, actor, objectId);
            Events.requireText(waitingFor, "waitingFor");
            Events.require(deadline, "deadline");
        }
    }

    /**
     * A task's result was reported: its reply was issued (R-TASK-7).
     *
     * @param completedAt the completion instant: the issue time of the result document
     */
    record TaskReported(Instant occurredAt, String actor, String objectId, Instant completedAt)
            implements DomainEvent {
        /** Refuses missing values. */
        public TaskReported {
            Events.require(occurredAt, actor, objectId);
            Events.require(completedAt, "completedAt");
        }
    }

    /**
     * The monitoring office approved or refused a task's result (R-TASK-6).
     *
     * @param approved true when approved; false sends the handler back
     */
    record TaskResultDecided(Instant occurredAt, String actor, String objectId, boolean approved)
            implements DomainEvent {
        /** Refuses missing values. */
        public TaskResultDecided {
            Events.require(occurredAt, actor, objectId);
        }
    }

    /**
     * An extension request was approved (with the new deadline) or refused (R-TASK-8).
     *
     * @param approved    true when approved
     * @param newDeadline the new deadline when approved; {@code null} when refused
     */
    record ExtensionDecided(Instant occurredAt, String actor, String objectId, boolean approved, Instant newDeadline)
            implements DomainEvent {
        /** Refuses missing values, and a deadline that does not match the decision. */
        public ExtensionDecided {
            Events.require(occurredAt, actor, objectId);
            if (approved != (newDeadline != null)) {
                throw new IllegalArgumentException("an approved extension has a new deadline, a refused one none");
            }
        }
    }

    /**
     * An account was locked, reported lost (R-ACC-2); the object is the account name.
     */
    record AccountLocked(Instant occurredAt, String actor, String objectId) implements DomainEvent {
        /** Refuses missing values. */
        public AccountLocked {
            Events.require(occurredAt, actor, objectId);
        }
    }

    /**
     * An account was created, its roles changed, or it was unlocked (R-ACC-2); the object is the account name.
     *
     * @param kind what the administrator did
     */
    record AccountChanged(Instant occurredAt, String actor, String objectId, AdminAction.Kind kind)
            implements DomainEvent {
        /** Refuses missing values. */
        public AccountChanged {
            Events.require(occurredAt, actor, objectId);
            Events.require(kind, "kind");
        }
    }

    /**
     * An account was revoked (R-ACC-2); the object is the account name.
     */
    record AccountRevoked(Instant occurredAt, String actor, String objectId) implements DomainEvent {
        /** Refuses missing values. */
        public AccountRevoked {
            Events.require(occurredAt, actor, objectId);
        }
    }
}
