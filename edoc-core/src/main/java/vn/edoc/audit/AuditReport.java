package vn.edoc.audit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import vn.edoc.id.OrganCode;
import vn.edoc.validation.ValidationResult;
import vn.edoc.validation.Violation;

/**
 * The outcome of verifying every organisation's audit chain together (kết quả kiểm tra toàn bộ nhật ký): one
 * {@link AuditVerification} per chain, and the overall verdict, intact only when every chain is.
 *
 * @param chains the verification of each chain, by organisation code
 */
public record AuditReport(Map<OrganCode, AuditVerification> chains) {

    /** Keeps the chains sorted by organisation code. */
    public AuditReport {
        Objects.requireNonNull(chains, "chains");
        TreeMap<OrganCode, AuditVerification> sorted = new TreeMap<>(
                java.util.Comparator.comparing(OrganCode::value));
        sorted.putAll(chains);
        chains = Collections.unmodifiableMap(new LinkedHashMap<>(sorted));
    }

    /** True when every chain is intact (and so when there is none). */
    public boolean intact() {
        return chains.values().stream().allMatch(AuditVerification::intact);
    }

    /** The number of entries read over all chains. */
    public long checked() {
        return chains.values().stream().mapToLong(AuditVerification::checked).sum();
    }

    /** The verification of the chain of {@code organisation}, when it was verified. */
    public Optional<AuditVerification> chain(OrganCode organisation) {
        return Optional.ofNullable(chains.get(organisation));
    }

    /** The chains with a break, by organisation code. */
    public Map<OrganCode, AuditVerification> broken() {
        Map<OrganCode, AuditVerification> found = new LinkedHashMap<>();
        chains.forEach((org, v) -> {
            if (!v.intact()) {
                found.put(org, v);
            }
        });
        return Collections.unmodifiableMap(found);
    }

    /** Every chain's first break as violations, the path naming the organisation: empty when all are intact. */
    public ValidationResult toResult() {
        java.util.List<Violation> found = new java.util.ArrayList<>();
        chains.forEach((org, v) -> v.toResult().violations().forEach(x -> found.add(x.under(org.value()))));
        return ValidationResult.of(found);
    }
}
