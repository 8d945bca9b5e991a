package vn.edoc.routing;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import vn.edoc.id.OrganCode;
import vn.edoc.org.Unit;
import vn.edoc.register.RegisterKey;

/**
 * How one organisation routes its incoming documents (quy trình xử lý văn bản đến của cơ quan, R-IN-4, R-IN-8). The
 * seeds differ: Bỉm Sơn sends a registered document straight to the leader who assigns it (BS Đ12.2); Tuy Phước
 * has the office chief propose first, and each department's clerk enters what it receives in the department's own
 * register (TP Đ3.1, TP Đ3.2a). {@link IncomingFlow} reads the route of the document's organisation from
 * {@link IncomingRoutes}.
 *
 * @param proposalRequired true when the office chief's proposal (đề xuất) must come before the leader's assignment:
 *                         REGISTERED → ASSIGNED is then refused ({@link FlowViolation#PROPOSAL_REQUIRED})
 * @param unitRegisters    true when the clerk of each unit assigned enters the document in the unit's own incoming
 *                         register on receiving it, which gives it a number there ({@link Assignment#unitNumber()})
 */
public record IncomingRoute(boolean proposalRequired, boolean unitRegisters) {

    /** The short route (BS Đ12.2): the proposal is optional, units keep no register of their own. The default. */
    public static IncomingRoute direct() {
        return new IncomingRoute(false, false);
    }

    /** The district route of Tuy Phước (TP Đ3): the office chief always proposes, every unit registers. */
    public static IncomingRoute district() {
        return new IncomingRoute(true, true);
    }

    /** This route with the proposal mandatory or not. */
    public IncomingRoute withProposalRequired(boolean value) {
        return new IncomingRoute(value, unitRegisters);
    }

    /** This route with the units' own registers or without. */
    public IncomingRoute withUnitRegisters(boolean value) {
        return new IncomingRoute(proposalRequired, value);
    }

    /**
     * The series of {@code unit}'s own incoming register within its organisation's registers: {@code "Sổ "} and the
     * unit's abbreviation (its id when it has none), with the characters a series may not hold made spaces and cut to
     * {@link RegisterKey#MAX_SERIES}.
     */
    public static String unitSeries(Unit unit) {
        String name = unit.abbreviation().isEmpty() ? unit.id() : unit.abbreviation();
        StringBuilder b = new StringBuilder("Sổ ");
        Normalizer.normalize(name, Normalizer.Form.NFC).codePoints().forEach(cp -> b.appendCodePoint(
                Character.isLetterOrDigit(cp) || cp == '-' || cp == '.' || cp == '(' || cp == ')' ? cp : ' '));
        String series = b.toString().replaceAll("\\s+", " ").strip();
        return series.length() <= RegisterKey.MAX_SERIES ? series : series.substring(0, RegisterKey.MAX_SERIES).strip();
    }

    /**
     * The routes of every organisation of a deployment (quy trình theo cơ quan): one default and the organisations
     * that differ from it. Immutable.
     */
    public static final class Routes implements IncomingRoutes {
        private final IncomingRoute fallback;
        private final Map<OrganCode, IncomingRoute> byOrganisation;

        private Routes(IncomingRoute fallback, Map<OrganCode, IncomingRoute> byOrganisation) {
            this.fallback = Objects.requireNonNull(fallback, "fallback");
            this.byOrganisation = Map.copyOf(byOrganisation);
        }

        /** These routes with {@code organisation} following {@code route}. */
        public Routes with(OrganCode organisation, IncomingRoute route) {
            Map<OrganCode, IncomingRoute> next = new HashMap<>(byOrganisation);
            next.put(Objects.requireNonNull(organisation, "organisation"), Objects.requireNonNull(route, "route"));
            return new Routes(fallback, next);
        }

        @Override
        public IncomingRoute of(OrganCode organisation) {
            return byOrganisation.getOrDefault(organisation, fallback);
        }
    }

    /** Every organisation on {@code route}; add exceptions with {@link Routes#with}. */
    public static Routes everywhere(IncomingRoute route) {
        return new Routes(route, Map.of());
    }
}
