package vn.edoc.file;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.edoc.audit.AuditEvent;
import vn.edoc.org.Role;
import vn.edoc.routing.Actor;
import vn.edoc.routing.Assignment;
import vn.edoc.routing.FlowViolation;
import vn.edoc.routing.IncomingRecord;
import vn.edoc.routing.RoutingViolation;
import vn.edoc.spi.AuditLog;
import vn.edoc.spi.DocumentStore;
import vn.edoc.spi.Transactions;
import vn.edoc.spi.UnitOfWork;
import vn.edoc.spi.WorkFileStore;
import vn.edoc.validation.EdocRuleException;

/**
 * Work files (hồ sơ công việc, R-FILE-1, BS Đ2.5, BS Đ7.1, BS Đ13.1): opened by a person handling the incoming
 * document that starts the work (its specialist, or the head of an assigned unit), gathering the related incoming
 * documents, drafts and issued replies of the same organisation, then closed. Only the person who opened a file
 * changes it. Each change is one unit of work with an audit entry.
 */
public final class WorkFileService {

    /** The audit object type of a work file. */
    public static final String OBJECT_TYPE = "work-file";

    private final Transactions transactions;
    private final WorkFileStore files;
    private final DocumentStore documents;
    private final AuditLog audit;
    private final Clock clock;

    /** A service over the given stores of one adapter and {@code clock}. */
    public WorkFileService(Transactions transactions, WorkFileStore files, DocumentStore documents, AuditLog audit,
                           Clock clock) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.files = Objects.requireNonNull(files, "files");
        this.documents = Objects.requireNonNull(documents, "documents");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Opens a work file from incoming record {@code incomingId} (lập hồ sơ), titled {@code title}.
     *
     * @throws EdocRuleException when the actor cannot act, does not handle that document, or the title is missing
     */
    public WorkFile open(Actor actor, String incomingId, String title) {
        return transactions.inTransaction(uow -> {
            active(actor);
            IncomingRecord in = documents.incoming(uow, String.valueOf(incomingId))
                    .filter(r -> r.organisation().equals(actor.person().organisation()))
                    .orElseThrow(() -> EdocRuleException.of(FlowViolation.NO_SUCH_INCOMING, "incomingId",
                            String.valueOf(incomingId)));
            boolean handles = false;
            for (Assignment a : in.assignments()) {
                handles |= a.handlerId().equals(actor.personId()) || actor.person().unitId().equals(a.unitId())
                        && actor.account().has(Role.UNIT_HEAD);
            }
            if (!handles) {
                throw EdocRuleException.of(FlowViolation.NOT_HANDLING, "incomingId", actor.personId(), in.id());
            }
            if (title == null || title.isBlank()) {
                throw EdocRuleException.of(FlowViolation.COMMENT_REQUIRED, "title");
            }
            Instant now = now();
            WorkFile f = new WorkFile(files.newId(uow), in.organisation(), title.strip(), actor.personId(), in.id(),
                    List.of(in.id()), true, now, Optional.empty(), 1);
            files.save(uow, f);
            audit(uow, actor, "workfile.open", f, null, "opened from " + in.id());
            return f;
        });
    }

    /**
     * Adds incoming or outgoing record {@code recordId} of the same organisation to work file {@code fileId}
     * (adding one already there changes nothing but is accepted).
     */
    public WorkFile add(Actor actor, String fileId, String recordId) {
        return transactions.inTransaction(uow -> {
            WorkFile f = owned(uow, actor, fileId);
            String rid = String.valueOf(recordId);
            boolean known = documents.incoming(uow, rid).filter(r -> r.organisation().equals(f.organisation()))
                    .isPresent() || documents.outgoing(uow, rid).filter(r -> r.organisation().equals(f.organisation()))
                    .isPresent();
            if (!known) {
                throw EdocRuleException.of(FlowViolation.NO_SUCH_INCOMING, "recordId", rid);
            }
            if (f.documentIds().contains(rid)) {
                return f;
            }
            List<String> ids = new ArrayList<>(f.documentIds());
            ids.add(rid);
            WorkFile next = new WorkFile(f.id(), f.organisation(), f.title(), f.ownerId(), f.openingIncomingId(), ids,
                    true, f.openedAt(), Optional.empty(), f.version() + 1);
            files.save(uow, next);
            audit(uow, actor, "workfile.add", next, f, "added " + rid);
            return next;
        });
    }

    /** Closes work file {@code fileId} (kết thúc hồ sơ). */
    public WorkFile close(Actor actor, String fileId) {
        return transactions.inTransaction(uow -> {
            WorkFile f = owned(uow, actor, fileId);
            WorkFile next = new WorkFile(f.id(), f.organisation(), f.title(), f.ownerId(), f.openingIncomingId(),
                    f.documentIds(), false, f.openedAt(), Optional.of(now()), f.version() + 1);
            files.save(uow, next);
            audit(uow, actor, "workfile.close", next, f, "closed");
            return next;
        });
    }

    private WorkFile owned(UnitOfWork uow, Actor actor, String fileId) {
        active(actor);
        WorkFile f = files.find(uow, String.valueOf(fileId)).orElseThrow(() -> EdocRuleException.of(
                FlowViolation.NO_SUCH_WORK_FILE, "fileId", String.valueOf(fileId)));
        if (!f.ownerId().equals(actor.personId())) {
            throw EdocRuleException.of(FlowViolation.NOT_FILE_OWNER, "actor", actor.personId(), f.id());
        }
        if (!f.open()) {
            throw EdocRuleException.of(FlowViolation.WORK_FILE_CLOSED, "fileId", f.id());
        }
        return f;
    }

    private static void active(Actor actor) {
        if (actor == null) {
            throw EdocRuleException.of(RoutingViolation.MISSING, "actor", "actor");
        }
        // identity and account state, as for every action (R-ACC-1, R-ACC-2); no role is needed to keep a file
        if (!actor.account().personId().equals(actor.personId())) {
            throw EdocRuleException.of(RoutingViolation.NOT_OWN_ACCOUNT, "account", actor.account().name(),
                    actor.account().personId(), actor.personId());
        }
        if (!actor.directory().canAct(actor.personId())
                || !actor.directory().account(actor.account().name()).map(a -> a.equals(actor.account()))
                .orElse(false)) {
            throw EdocRuleException.of(RoutingViolation.UNKNOWN_ACCOUNT, "account", actor.account().name(),
                    actor.personId());
        }
    }

    private void audit(UnitOfWork uow, Actor actor, String action, WorkFile after, WorkFile before, String text) {
        audit.append(uow, new AuditEvent(actor.account().name(), action, now(), OBJECT_TYPE, after.id(),
                before == null ? null : before.digest(), after.digest(), text, Set.of()));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
