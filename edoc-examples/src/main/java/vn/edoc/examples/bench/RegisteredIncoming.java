package vn.edoc.examples.bench;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.edoc.document.Document;
import vn.edoc.id.OrganCode;
import vn.edoc.routing.HistoryStep;
import vn.edoc.routing.IncomingRecord;
import vn.edoc.routing.IncomingState;
import vn.edoc.routing.Origin;

/**
 * The incoming record (văn bản đến) the registration benchmarks save with each register line: one shape for all of
 * them, so that their figures compare the same work.
 */
final class RegisteredIncoming {

    private RegisteredIncoming() {
    }

    /** A record received through the transport and registered at {@code at} under {@code number}. */
    static IncomingRecord of(String id, OrganCode organisation, Document document, long number, Instant at) {
        return new IncomingRecord(id, id, organisation, Origin.TRANSPORT, Optional.empty(), "", document, "",
                IncomingState.REGISTERED, at, at, at.plusSeconds(86_400), at.plusSeconds(3_600), number,
                Optional.empty(), List.of(),
                List.of(new HistoryStep(at, "vanthu", "incoming.register", "", "REGISTERED", "")), "", false, 1);
    }
}
