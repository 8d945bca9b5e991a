package vn.edoc.routing;

import vn.edoc.spi.UnitOfWork;

/**
 * Takes part in issuing an outgoing document, inside the same unit of work (for example the task engine, which
 * reports the task a reply answers: R-TASK-7). Throwing {@link vn.edoc.validation.EdocRuleException} refuses the
 * issue, and nothing of it is kept.
 */
@FunctionalInterface
public interface IssueParticipant {

    /**
     * Called once per issued document, after it is registered and before the unit of work commits. The
     * organisation's signature is made after every participant has agreed, so {@code issued} carries the registered
     * document as it will be signed, not yet signed.
     */
    void onIssue(UnitOfWork unitOfWork, IssuedDocument issued);
}
