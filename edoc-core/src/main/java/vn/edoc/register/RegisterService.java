package vn.edoc.register;

import vn.edoc.text.UnicodeForms;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.edoc.audit.AuditEvent;
import vn.edoc.audit.AuditFlag;
import vn.edoc.document.Confidentiality;
import vn.edoc.id.OrganCode;
import vn.edoc.spi.AuditLog;
import vn.edoc.spi.Transactions;
import vn.edoc.spi.UnitOfWork;
import vn.edoc.validation.EdocRuleException;
import vn.edoc.validation.ValidationResult;
import vn.edoc.validation.Violation;

/**
 * Registers documents in the incoming and outgoing registers (đăng ký văn bản vào sổ văn bản đến / đi) and lists
 * them for a day or a period, for the daily printed register (R-IN-3, BS Đ12.1b; R-OUT-3, BS Đ13.3).
 *
 * <p>Registering allocates the next number of the register (R-ID-3: unique, gap-free, from 1 every 1 January,
 * Vietnam time), stores the {@link RegisterEntry} and appends one audit entry, all in one unit of work. A refused
 * registration (a missing or malformed field, a state-secret document (R-SEC-1), a document already in the
 * register) throws {@link EdocRuleException} before anything is written: no number is consumed, nothing is stored,
 * nothing is audited.
 *
 * <p>Thread-safe when its collaborators are; it holds no state of its own.
 */
public final class RegisterService {

    /** Longest document identifier. */
    public static final int MAX_DOCUMENT_ID = 100;
    /** Longest "số, ký hiệu" as written (CodeNumber 11 + "/" + CodeNotation 30, Decree 30/2020 Phụ lục VI). */
    public static final int MAX_NOTATION = 42;
    /** Longest abstract (Subject 500, Decree 30/2020 Phụ lục VI). */
    public static final int MAX_SUMMARY = 500;
    /** Longest organisation name (OrganName 200, Decree 30/2020 Phụ lục VI). */
    public static final int MAX_CORRESPONDENT = 200;
    /** Most recipients of one outgoing document. */
    public static final int MAX_RECIPIENTS = 1000;
    /** Longest account name. */
    public static final int MAX_ACTOR = 100;
    /** Most pages (PageAmount, 3 digits, Decree 30/2020 Phụ lục VI). */
    public static final int MAX_PAGES = 999;
    /** The audit object type of a register line. */
    public static final String AUDIT_OBJECT_TYPE = "register-entry";

    private static final Logger LOG = LoggerFactory.getLogger(RegisterService.class);

    private final Transactions transactions;
    private final SequenceAllocator sequences;
    private final RegisterStore store;
    private final AuditLog audit;
    private final Clock clock;

    /** A service over the given storage adapter's parts and {@code clock} (the source of registration times). */
    public RegisterService(Transactions transactions, SequenceAllocator sequences, RegisterStore store,
                           AuditLog audit, Clock clock) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.sequences = Objects.requireNonNull(sequences, "sequences");
        this.store = Objects.requireNonNull(store, "store");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The audit action recording a registration in a register of {@code kind}: {@code register.incoming} etc. */
    public static String auditAction(RegisterKind kind) {
        return kind.auditAction();
    }

    /**
     * Every fault of {@code request} at once, as if it were registered now. Valid does not yet mean accepted: a
     * document already in the register is only found by {@link #register}.
     */
    public ValidationResult check(RegistrationRequest request) {
        return check(request, clock.instant());
    }

    /**
     * Registers {@code request} in its own unit of work and returns the new register line.
     *
     * @throws EdocRuleException when refused; nothing was changed
     */
    public RegisterEntry register(RegistrationRequest request) {
        return transactions.inTransaction(uow -> register(uow, request));
    }

    /**
     * Registers {@code request} inside the caller's unit of work, for flows that change more in the same unit
     * (routing, outgoing issue). If refused, this method has written nothing in {@code uow}.
     *
     * @throws EdocRuleException when refused
     */
    public RegisterEntry register(UnitOfWork uow, RegistrationRequest request) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return register(uow, request, now, now, Set.of(), null);
    }

    /**
     * Registers {@code request} inside the caller's unit of work under {@code number}, which the caller has just
     * taken with {@link SequenceAllocator#next} in the same unit of work: for flows that must print the number in
     * the document (the outgoing notation, R-ID-3) before the register line exists. Taking the number first, rather
     * than guessing it from the current one, keeps two registrations on a database adapter from building the same
     * notation; a refusal rolls the unit of work back and with it the allocation.
     *
     * @throws EdocRuleException    when refused
     * @throws IllegalStateException when {@code number} is not the last number allocated in {@code uow}
     */
    public RegisterEntry register(UnitOfWork uow, RegistrationRequest request, long number) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return register(uow, request, now, now, Set.of(), null, number);
    }

    /**
     * Registers {@code request} inside the caller's unit of work as it was registered on paper at {@code realTime}
     * during an outage (R-OPS-2, LA Đ14.3a): the line carries {@code realTime} (its year chooses the register), the
     * number is the register's next one, and the audit entry is made now, flagged
     * {@link AuditFlag#ENTERED_AFTER_OUTAGE} with the real time in its comment. Whether {@code realTime} lies in a
     * recorded outage is the caller's check ({@code vn.edoc.routing.IncomingFlow#enterAfterOutage}).
     *
     * @throws EdocRuleException when refused, or when {@code realTime} is missing or after now
     */
    public RegisterEntry registerEnteredAfterOutage(UnitOfWork uow, RegistrationRequest request, Instant realTime) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (realTime == null || realTime.isAfter(now)) {
            throw EdocRuleException.of(RegisterViolation.PERIOD_INVALID, "realTime",
                    "the real time of a catch-up entry must be given and past");
        }
        Instant real = realTime.truncatedTo(ChronoUnit.MICROS);
        return register(uow, request, real, now, Set.of(AuditFlag.ENTERED_AFTER_OUTAGE),
                "entered after an outage; registered on paper at " + real);
    }

    private RegisterEntry register(UnitOfWork uow, RegistrationRequest request, Instant now, Instant auditTime,
                                   Set<AuditFlag> flags, String comment) {
        return register(uow, request, now, auditTime, flags, comment, 0L);
    }

    /** {@code allocated} is the number the caller already took in {@code uow}, 0 to take the next one here. */
    private RegisterEntry register(UnitOfWork uow, RegistrationRequest request, Instant now, Instant auditTime,
                                   Set<AuditFlag> flags, String comment, long allocated) {
        check(request, now).orThrow();
        RegisterKey key = RegisterKey.at(request.organ(), request.kind(), request.series(), now);
        String documentId = clean(request.documentId());
        // from here on nothing refuses but the duplicate, which changes nothing: the audit event's own checks
        // (actor, lengths, characters) were made above, so a refusal inside the caller's unit of work never leaves
        // half a registration behind
        LongFunction<RegisterEntry> line = number -> new RegisterEntry(number, key, now, documentId,
                clean(request.notation()), request.documentDate(), request.type(), clean(request.summary()),
                request.correspondents().stream().map(RegisterService::clean).toList(), request.pageCount(),
                request.urgency(), clean(request.actorId()));
        RegisterEntry entry;
        if (allocated > 0) {
            store.findByDocument(uow, key, documentId).ifPresent(existing -> {
                throw duplicate(documentId, key, existing);
            });
            if (sequences.current(uow, key) != allocated) {
                throw new IllegalStateException("number " + allocated + " was not the last one allocated in " + key
                        + " in this unit of work");
            }
            entry = line.apply(allocated);
            store.add(uow, entry);
        } else {
            RegisterStore.NextLine added = store.addNext(uow, key, documentId, sequences, line);
            if (added.existing()) {
                throw duplicate(documentId, key, added.entry());
            }
            entry = added.entry();
        }
        audit.append(uow, key.organ(), new AuditEvent(entry.actorId(), auditAction(key.kind()), auditTime, AUDIT_OBJECT_TYPE,
                entry.reference(), null, entry.digest(),
                "document " + documentId + (comment == null ? "" : "; " + comment), flags));
        LOG.debug("registered {} as {}", documentId, entry.reference());
        return entry;
    }

    private static EdocRuleException duplicate(String documentId, RegisterKey key, RegisterEntry existing) {
        return EdocRuleException.of(RegisterViolation.DUPLICATE_DOCUMENT, "documentId", documentId, key,
                existing.number());
    }

    /** The last number given in register {@code key} (0 when none). */
    public long lastNumber(RegisterKey key) {
        return sequences.current(requireKey(key));
    }

    /** The lines of register {@code key} registered on {@code day} (Vietnam time), by number. */
    public List<RegisterEntry> entriesOn(RegisterKey key, LocalDate day) {
        return entriesBetween(key, day, day);
    }

    /**
     * The lines of the main register of {@code kind} of {@code organ} registered on {@code day} (Vietnam time), by
     * number: the page of the daily printed register.
     */
    public List<RegisterEntry> entriesOn(OrganCode organ, RegisterKind kind, LocalDate day) {
        if (day == null) {
            throw EdocRuleException.of(RegisterViolation.PERIOD_INVALID, "day", "no day given");
        }
        return entriesOn(RegisterKey.of(organ, kind, day.getYear()), day);
    }

    /**
     * The lines of register {@code key} registered from day {@code from} to day {@code toInclusive} (both included,
     * Vietnam time), by number.
     *
     * @throws EdocRuleException when a day is missing or the period ends before it starts
     */
    public List<RegisterEntry> entriesBetween(RegisterKey key, LocalDate from, LocalDate toInclusive) {
        requireKey(key);
        if (from == null || toInclusive == null) {
            throw EdocRuleException.of(RegisterViolation.PERIOD_INVALID, from == null ? "from" : "to",
                    "a day is missing");
        }
        if (toInclusive.isBefore(from)) {
            throw EdocRuleException.of(RegisterViolation.PERIOD_INVALID, "to",
                    "it ends on " + toInclusive + ", before it starts on " + from);
        }
        return store.entriesBetween(key, RegisterKey.startOf(from), RegisterKey.startOf(toInclusive.plusDays(1)));
    }

    /**
     * The extract of register {@code key} from day {@code from} to day {@code toInclusive} (Vietnam time), for the
     * printed register.
     *
     * @throws EdocRuleException when a day is missing or the period ends before it starts
     */
    public Register extract(RegisterKey key, LocalDate from, LocalDate toInclusive) {
        return new Register(key, from, toInclusive, entriesBetween(key, from, toInclusive));
    }

    /** Every line of register {@code key}, by number. */
    public List<RegisterEntry> entries(RegisterKey key) {
        return store.entries(requireKey(key));
    }

    // ---------------------------------------------------------------------------------------------------------

    private static RegisterKey requireKey(RegisterKey key) {
        if (key == null) {
            throw EdocRuleException.of(RegisterViolation.KEY_PART_MISSING, "key", "key");
        }
        return key;
    }

    private static ValidationResult check(RegistrationRequest request, Instant now) {
        if (request == null) {
            return ValidationResult.of(RegisterViolation.INCOMING_FIELD_MISSING.at("", "request"));
        }
        List<Violation> found = new ArrayList<>();
        boolean outgoing = request.kind() == RegisterKind.OUTGOING;
        RegisterViolation missing = outgoing ? RegisterViolation.OUTGOING_FIELD_MISSING
                : RegisterViolation.INCOMING_FIELD_MISSING;
        found.addAll(RegisterKey.check(request.organ(), request.kind(), request.series(),
                RegisterKey.yearOf(now)).violations());
        text(found, missing, "documentId", request.documentId(), MAX_DOCUMENT_ID);
        text(found, missing, "notation", request.notation(), MAX_NOTATION);
        text(found, missing, "summary", request.summary(), MAX_SUMMARY);
        if (request.type() == null) {
            found.add(missing.at("type", "type"));
        }
        LocalDate today = RegisterKey.dayOf(now);
        if (request.documentDate() == null) {
            found.add(missing.at("documentDate", "documentDate"));
        } else if (request.documentDate().isAfter(today)) {
            found.add((outgoing ? RegisterViolation.OUTGOING_DATE_AFTER_REGISTRATION
                    : RegisterViolation.INCOMING_DATE_AFTER_RECEIPT).at("documentDate", request.documentDate(), today));
        }
        List<String> correspondents = request.correspondents();
        if (outgoing && (correspondents.isEmpty() || correspondents.size() > MAX_RECIPIENTS)) {
            found.add(RegisterViolation.OUTGOING_RECIPIENT_COUNT.at("recipients", MAX_RECIPIENTS,
                    correspondents.size()));
        } else if (!outgoing && correspondents.size() != 1) {
            found.add(RegisterViolation.INCOMING_ISSUER_COUNT.at("issuer", correspondents.size()));
        }
        if (correspondents.size() <= MAX_RECIPIENTS) {
            String field = outgoing ? "recipients" : "issuer";
            for (int i = 0; i < correspondents.size(); i++) {
                text(found, missing, outgoing ? field + "[" + i + "]" : field, correspondents.get(i),
                        MAX_CORRESPONDENT);
            }
        }
        if (request.pageCount() < 1 || request.pageCount() > MAX_PAGES) {
            found.add(RegisterViolation.PAGE_COUNT.at("pageCount", request.pageCount()));
        }
        if (request.urgency() == null) {
            found.add(missing.at("urgency", "urgency"));
        }
        Confidentiality confidentiality = request.confidentiality();
        if (confidentiality == null) {
            found.add(missing.at("confidentiality", "confidentiality"));
        } else if (confidentiality.isStateSecret()) {
            found.add(RegisterViolation.STATE_SECRET.at("confidentiality", confidentiality.vietnameseName()));
        }
        if (request.actorId() == null || request.actorId().isBlank()) {
            found.add(RegisterViolation.ACTOR_MISSING.at("actorId"));
        } else {
            text(found, missing, "actorId", request.actorId(), MAX_ACTOR);
        }
        return ValidationResult.of(found);
    }

    private static void text(List<Violation> found, RegisterViolation missing, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            found.add(missing.at(field, field));
            return;
        }
        if (!isPlain(value)) {
            found.add(RegisterViolation.TEXT_NOT_PLAIN.at(field, field));
            return;
        }
        String cleaned = clean(value);
        if (cleaned.length() > max) {
            found.add(RegisterViolation.TEXT_TOO_LONG.at(field, field, cleaned.length(), max));
        }
    }

    /** No control character and no unpaired surrogate: text that prints and encodes unambiguously (R-FMT-1). */
    private static boolean isPlain(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c)) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** Stored form of a text: Unicode NFC (TCVN 6909, R-FMT-1) without surrounding spaces. */
    private static String clean(String value) {
        String stripped = value.strip();
        return UnicodeForms.isNfc(stripped) ? stripped
                : UnicodeForms.nfc(stripped);
    }
}
