package vn.edoc.routing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import vn.edoc.id.PersonId;
import vn.edoc.org.Directory;
import vn.edoc.org.Person;
import vn.edoc.org.Role;
import vn.edoc.spi.Page;

/**
 * "What waits for me" (việc chờ xử lý của tôi): for any person, the documents and tasks waiting for their action,
 * ordered by deadline (those without one last), with the overdue ones marked — what the twice-a-day check of
 * R-TIME-6 (BS Đ10.1, TP Đ4.3) looks at. Reads committed state only.
 *
 * <p>Who waits: a received document waits for the organisation's clerks (deadline R-TIME-2), a registered one for
 * the office chief (or the leaders where there is none), a proposed one for the leaders (both by the assignment
 * deadline); an assignment waits for the unit's clerk, then its head, then its specialist (by the unit's deadline);
 * a draft for its drafter, a submitted one for the heads of its unit, one in appraisal for the justice officers, one
 * awaiting approval for the leaders, a signed or numbered one for the clerks (by the issue deadline, R-TIME-1).
 */
public final class WorkQueue {

    private final DocumentStore documents;
    private final Supplier<Directory> directory;
    private final List<WorkItemSource> sources;

    /**
     * A queue over {@code documents}, read against the fixed snapshot {@code directory}, adding the items of
     * {@code sources}; prefer {@link #WorkQueue(DocumentStore, Supplier, List)} so that locks count at once.
     */
    /** Records per page asked of the store. */
    private static final int PAGE = 500;
    /** The incoming states someone acts in; the store is asked for these records only, never the history. */
    private static final java.util.Set<String> INCOMING_WAITING = java.util.Set.of(IncomingState.RECEIVED.name(),
            IncomingState.REGISTERED.name(), IncomingState.PROPOSED.name(), IncomingState.ASSIGNED.name(),
            IncomingState.IN_PROGRESS.name());
    /** The outgoing states someone acts in ({@link #waitersOf}); issued and recalled records wait for nobody. */
    private static final java.util.Set<String> OUTGOING_WAITING = java.util.Set.of(OutgoingState.DRAFTING.name(),
            OutgoingState.RETURNED.name(), OutgoingState.UNDER_REVIEW.name(), OutgoingState.APPRAISAL.name(),
            OutgoingState.AWAITING_APPROVAL.name(), OutgoingState.APPROVED_SIGNED.name(),
            OutgoingState.REGISTERED.name());

    public WorkQueue(DocumentStore documents, Directory directory, List<WorkItemSource> sources) {
        this(documents, constant(Objects.requireNonNull(directory, "directory")), sources);
    }

    /**
     * A queue over {@code documents}, read against the directory as it is at each call ({@code directory}, e.g.
     * {@code DirectoryStore::current}), adding the items of {@code sources}.
     */
    public WorkQueue(DocumentStore documents, Supplier<Directory> directory, List<WorkItemSource> sources) {
        this.documents = Objects.requireNonNull(documents, "documents");
        this.directory = Objects.requireNonNull(directory, "directory");
        this.sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /** The items waiting for {@code personId} at {@code now}, by deadline; empty for an unknown person. */
    public List<WorkItem> waitingFor(PersonId personId, Instant now) {
        Directory directory = this.directory.get();
        Optional<Person> person = directory.person(String.valueOf(personId));
        if (person.isEmpty() || now == null) {
            return List.of();
        }
        Person p = person.get();
        List<WorkItem> items = new ArrayList<>();
        for (IncomingRecord r : Page.all(PAGE, page -> documents.findIncoming(DocumentQuery.of(p.organisation())
                .inStates(INCOMING_WAITING), page))) {
            String title = r.document().subject().orElse(r.id()) + (r.task().isEmpty() ? "" : " — " + r.task());
            switch (r.state()) {
                case RECEIVED -> {
                    if (orgClerks(r.organisation()).contains(p.id())) {
                        items.add(item("incoming", r.id(), title, "register", r.handlingDeadline(), now));
                    }
                }
                case REGISTERED -> {
                    List<String> who = directory.officeChiefOf(r.organisation()).map(x -> List.of(x.id()))
                            .orElse(ids(directory.holders(r.organisation(), Role.LEADER)));
                    if (who.contains(p.id())) {
                        items.add(item("incoming", r.id(), title, "propose", r.assignmentDeadline(), now));
                    }
                }
                case PROPOSED -> {
                    if (ids(directory.holders(r.organisation(), Role.LEADER)).contains(p.id())) {
                        items.add(item("incoming", r.id(), title, "assign", r.assignmentDeadline(), now));
                    }
                }
                case ASSIGNED, IN_PROGRESS -> {
                    for (Assignment a : r.assignments()) {
                        String waiting = a.isPerson()
                                ? a.state() == AssignmentState.ASSIGNED && a.personId().equals(p.id()) ? "read" : null
                                : switch (a.state()) {
                            case ASSIGNED, RECEIVED_BY_UNIT -> directory.clerkOf(a.unitId())
                                    .filter(c -> c.id().equals(p.id())).map(c -> "receive").orElse(null);
                            case WITH_HEAD -> ids(directory.holders(a.unitId(), Role.UNIT_HEAD)).contains(p.id())
                                    ? "handle" : null;
                            case WITH_SPECIALIST -> a.handlerId().equals(p.id()) ? "handle" : null;
                            default -> null;
                        };
                        if (waiting != null) {
                            items.add(item("incoming", r.id(), title + " [" + a.kind().vietnameseName() + "]",
                                    waiting, a.deadline(), now));
                        }
                    }
                }
                default -> {
                    // final states wait for nobody
                }
            }
        }
        for (OutgoingRecord r : Page.all(PAGE, page -> documents.findOutgoing(DocumentQuery.of(p.organisation())
                .inStates(OUTGOING_WAITING), page))) {
            if (waitersOf(directory, r).contains(p.id())) {
                String title = r.document().subject().orElse(r.id());
                items.add(r.issueDeadline().filter(d -> r.state() == OutgoingState.APPROVED_SIGNED
                                || r.state() == OutgoingState.REGISTERED)
                        .map(d -> item("outgoing", r.id(), title, r.state().name().toLowerCase(java.util.Locale.ROOT), d, now))
                        .orElse(new WorkItem("outgoing", r.id(), title, r.state().name().toLowerCase(java.util.Locale.ROOT),
                                Optional.empty(), false)));
            }
        }
        for (WorkItemSource s : sources) {
            items.addAll(s.waitingFor(p.id(), now));
        }
        items.sort(Comparator.comparing((WorkItem w) -> w.deadline().orElse(Instant.MAX))
                .thenComparing(WorkItem::kind).thenComparing(WorkItem::objectId));
        return List.copyOf(items);
    }

    /**
     * The twice-a-day check of R-TIME-6 (BS Đ10.1, TP Đ4.3; e.g. at 07:00 and 13:30): for every person of
     * {@code organisation} whose account can act, each waiting item past its deadline is published as an
     * {@link vn.edoc.event.DomainEvent.Overdue} event and each due within {@code soon} as a
     * {@link vn.edoc.event.DomainEvent.DeadlineApproaching} event, and the person is told through {@code notifier}.
     * Writes nothing; returns the number of events published.
     */
    public int remind(vn.edoc.id.OrganCode organisation, Instant now, java.time.Duration soon,
                      vn.edoc.event.EventPublisher events, vn.edoc.spi.Notifier notifier) {
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(notifier, "notifier");
        int published = 0;
        Directory directory = this.directory.get();
        for (Person p : directory.peopleOf(organisation)) {
            if (!directory.canAct(p.id())) {
                continue;
            }
            for (WorkItem item : waitingFor(PersonId.of(p.id()), now)) {
                if (item.deadline().isEmpty()) {
                    continue;
                }
                Instant deadline = item.deadline().get();
                if (item.overdue()) {
                    events.publish(new vn.edoc.event.DomainEvent.Overdue(now, vn.edoc.event.DomainEvent.SYSTEM,
                            item.objectId(), p.id(), deadline));
                    notifier.notify(p.id(), "Quá hạn xử lý", item.title() + " (" + item.waiting() + ")");
                    published++;
                } else if (!deadline.isAfter(now.plus(soon))) {
                    events.publish(new vn.edoc.event.DomainEvent.DeadlineApproaching(now,
                            vn.edoc.event.DomainEvent.SYSTEM, item.objectId(), p.id(), deadline));
                    notifier.notify(p.id(), "Sắp đến hạn xử lý", item.title() + " (" + item.waiting() + ")");
                    published++;
                }
            }
        }
        return published;
    }

    /** The people an outgoing record in its current state waits for. */
    private static Supplier<Directory> constant(Directory directory) {
        return () -> directory;
    }

    static List<String> waitersOf(Directory directory, OutgoingRecord r) {
        return switch (r.state()) {
            case DRAFTING, RETURNED -> List.of(r.drafterId());
            case UNDER_REVIEW -> ids(directory.holders(r.unitId(), Role.UNIT_HEAD));
            case APPRAISAL -> ids(directory.holders(r.organisation(), Role.JUSTICE_OFFICER));
            case AWAITING_APPROVAL -> ids(directory.holders(r.organisation(), Role.LEADER));
            case APPROVED_SIGNED, REGISTERED -> directory.organisationClerk(r.organisation())
                    .map(x -> List.of(x.id())).orElse(List.of());
            default -> List.of();
        };
    }

    private List<String> orgClerks(vn.edoc.id.OrganCode org) {
        return directory.get().organisationClerk(org).map(x -> List.of(x.id())).orElse(List.of());
    }

    private static List<String> ids(List<Person> people) {
        return people.stream().map(Person::id).toList();
    }

    private static WorkItem item(String kind, String id, String title, String waiting, Instant deadline,
                                 Instant now) {
        return item(kind, id, title, waiting, Optional.of(deadline), now);
    }

    private static WorkItem item(String kind, String id, String title, String waiting, Optional<Instant> deadline,
                                 Instant now) {
        return new WorkItem(kind, id, title, waiting, deadline,
                deadline.map(d -> vn.edoc.time.Deadlines.isPast(d, now)).orElse(false));
    }
}
