package vn.edoc.routing;

import vn.edoc.spi.UnitOfWork;

/**
 * Takes part in issuing an outgoing document, inside the issuing units of work (for example the task engine, which
 * reports the task a reply answers: R-TASK-7). Throwing {@link vn.edoc.validation.EdocRuleException} refuses the
 * issue, and nothing of it is kept.
 *
 * <p>An issue is prepared, signed with no unit of work open, then committed ({@link OutgoingFlow#issue}). A
 * participant is asked twice: {@link #check} while preparing, so that a refusal comes before the organisation's
 * signature is made, and {@link #onIssue} while committing, to write its part.
 */
@FunctionalInterface
public interface IssueParticipant {

    /**
     * Called once per issue while preparing it, before the signature: refuse here with
     * {@link vn.edoc.validation.EdocRuleException} when {@link #onIssue} would refuse. {@code issued} carries the
     * registered document as it will be signed, not yet signed. The unit of work is always rolled back, so writing
     * into it to see whether the change would be accepted is harmless; nothing outside it may change. The default
     * checks nothing.
     */
    default void check(UnitOfWork unitOfWork, IssuedDocument issued) {
        // a participant that cannot refuse needs no check
    }

    /**
     * Called once per issued document, in the committing unit of work, after the signature: {@code issued} carries
     * the signed document. A refusal here still rolls the issue back, but the signature was already made (and is
     * left unreferenced), which is why refusals belong in {@link #check}.
     */
    void onIssue(UnitOfWork unitOfWork, IssuedDocument issued);
}
