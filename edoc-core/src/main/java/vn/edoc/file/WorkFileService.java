package vn.edoc.file;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import vn.edoc.audit.AuditEvent;
import vn.edoc.id.RecordId;
import vn.edoc.id.WorkFileId;
import vn.edoc.org.Directory;
import vn.edoc.org.Role;
import vn.edoc.routing.Action;
import vn.edoc.routing.Actor;
import vn.edoc.routing.Assignment;
import vn.edoc.routing.DocumentStore;
import vn.edoc.routing.FlowViolation;
import vn.edoc.routing.IncomingRecord;
import vn.edoc.routing.OutgoingRecord;
import vn.edoc.routing.Permissions;
import vn.edoc.routing.RoutingContext;
import vn.edoc.routing.Scope;
import vn.edoc.spi.AuditLog;
import vn.edoc.spi.Transactions;
import vn.edoc.spi.UnitOfWork;
import vn.edoc.validation.EdocRuleException;

/**
 * Work files (hồ sơ công việc, R-FILE-1, BS Đ2.5, BS Đ7.1, BS Đ13.1): opened by a person handling the incoming
 * document that starts the work (its specialist, or the head of an assigned unit), gathering the related incoming
 * documents, drafts and issued replies of the same organisation, then closed. Only the person who opened a file
 * changes it. Each change is one unit of work with an audit entry.
 *
 * <p>Every action goes through the shared permission check ({@link Permissions}, actions
 * {@link Action#OPEN_WORK_FILE}, {@link Action#ADD_TO_WORK_FILE}, {@link Action#CLOSE_WORK_FILE}) with the actor
 * rebound to the directory as it is now ({@link Actor#rebind}), so a locked or revoked account is refused as such
 * (R-ACC-2). One matter, one file (R-FILE-1): an incoming document starts at most one open work file, and only
 * documents within the keeper's reach (their unit's assignments and drafts) are added.
 */
public final class WorkFileService {

    /** The audit object type of a work file. */
    public static final String OBJECT_TYPE = "work-file";

    private final Transactions transactions;
    private final WorkFileStore files;
    private final DocumentStore documents;
    private final AuditLog audit;
    private final Clock clock;
    private final Supplier<Directory> directory;

    /**
     * A service over the given stores of one adapter and {@code clock}; actors are checked against
     * {@code directory}, the directory as it is now.
     */
    public WorkFileService(Transactions transactions, WorkFileStore files, DocumentStore documents, AuditLog audit,
                           Clock clock, Supplier<Directory> directory) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.files = Objects.requireNonNull(files, "files");
        this.documents = Objects.requireNonNull(documents, "documents");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.directory = Objects.requireNonNull(directory, "directory");
    }

    /** A service over the parts of {@code ctx} (its directory source included) and {@code files}. */
    public WorkFileService(RoutingContext ctx, WorkFileStore files) {
        this(Objects.requireNonNull(ctx, "ctx").transactions(), files, ctx.documents(), ctx.audit(), ctx.clock(),
                ctx.directory());
    }

    /**
     * Opens a work file from incoming record {@code incomingId} (lập hồ sơ), titled {@code title}.
     *
     * @throws EdocRuleException when the actor cannot act, does not handle that document, the document already
     *                           starts an open work file, or the title is missing
     */
    public WorkFile open(Actor caller, RecordId incomingId, String title) {
        return transactions.inTransaction(uow -> {
            Actor actor = permitted(caller, Action.OPEN_WORK_FILE);
            IncomingRecord in = documents.incoming(uow, String.valueOf(incomingId))
                    .filter(r -> r.organisation().equals(actor.person().organisation()))
                    .orElseThrow(() -> EdocRuleException.of(FlowViolation.NO_SUCH_INCOMING, "incomingId",
                            String.valueOf(incomingId)));
            boolean handles = false;
            for (Assignment a : in.assignments()) {
                if (a.isPerson()) {
                    continue; // a person informed does not handle the matter, nor does their unit
                }
                handles |= a.handlerId().equals(actor.personId()) || actor.person().unitId().equals(a.unitId())
                        && actor.account().has(Role.UNIT_HEAD);
            }
            if (!handles) {
                throw EdocRuleException.of(FlowViolation.NOT_HANDLING, "incomingId", actor.personId(), in.id());
            }
            for (WorkFile other : files.filesOf(in.organisation())) {
                WorkFile seen = files.find(uow, other.id()).orElse(other);
                if (seen.open() && seen.documentIds().contains(in.id())) {
                    throw EdocRuleException.of(FlowViolation.WORK_FILE_EXISTS, "incomingId", in.id(), seen.id());
                }
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
     * (adding one already there changes nothing but is accepted). Only a document within the keeper's reach goes in:
     * an incoming document assigned to their unit or to them, or an outgoing one drafted in their unit, by them, or
     * with their unit cooperating.
     *
     * @throws EdocRuleException when the record is unknown, of another organisation, or outside the keeper's reach
     */
    public WorkFile add(Actor caller, WorkFileId fileId, RecordId recordId) {
        return transactions.inTransaction(uow -> {
            Actor actor = permitted(caller, Action.ADD_TO_WORK_FILE);
            WorkFile f = owned(uow, actor, String.valueOf(fileId));
            String rid = String.valueOf(recordId);
            Optional<IncomingRecord> in = documents.incoming(uow, rid)
                    .filter(r -> r.organisation().equals(f.organisation()));
            Optional<OutgoingRecord> out = documents.outgoing(uow, rid)
                    .filter(r -> r.organisation().equals(f.organisation()));
            if (in.isEmpty() && out.isEmpty()) {
                throw EdocRuleException.of(FlowViolation.NO_SUCH_INCOMING, "recordId", rid);
            }
            String unit = actor.person().unitId();
            boolean reach = in.map(r -> r.assignments().stream().anyMatch(a -> !a.isPerson() && a.unitId().equals(unit)
                            || a.handlerId().equals(actor.personId()))).orElse(false)
                    || out.map(r -> r.unitId().equals(unit) || r.drafterId().equals(actor.personId())
                            || r.cooperatingUnits().contains(unit)).orElse(false);
            if (!reach && !f.documentIds().contains(rid)) {
                throw EdocRuleException.of(FlowViolation.RECORD_OUT_OF_REACH, "recordId", rid, actor.personId());
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
    public WorkFile close(Actor caller, WorkFileId fileId) {
        return transactions.inTransaction(uow -> {
            Actor actor = permitted(caller, Action.CLOSE_WORK_FILE);
            WorkFile f = owned(uow, actor, String.valueOf(fileId));
            WorkFile next = new WorkFile(f.id(), f.organisation(), f.title(), f.ownerId(), f.openingIncomingId(),
                    f.documentIds(), false, f.openedAt(), Optional.of(now()), f.version() + 1);
            files.save(uow, next);
            audit(uow, actor, "workfile.close", next, f, "closed");
            return next;
        });
    }

    private WorkFile owned(UnitOfWork uow, Actor actor, String fileId) {
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

    /** The caller rebound to the current directory, once the shared permission table lets them do {@code action}. */
    private Actor permitted(Actor caller, Action action) {
        if (caller == null) {
            Permissions.require(null, action, null);
        }
        Actor actor = caller.rebind(directory.get());
        Permissions.require(actor, action, Scope.unit(actor.person().organisation(), actor.person().unitId()));
        return actor;
    }

    private void audit(UnitOfWork uow, Actor actor, String action, WorkFile after, WorkFile before, String text) {
        audit.append(uow, after.organisation(), new AuditEvent(actor.account().name(), action, now(), OBJECT_TYPE, after.id(),
                before == null ? null : before.digest(), after.digest(), text, Set.of()));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
