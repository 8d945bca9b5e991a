package vn.edoc.signature.verify;

import java.util.List;
import vn.edoc.validation.Violation;

/**
 * What the updates after one signed revision changed, before the rules of a particular signature (its FieldMDP
 * lock, the document's DocMDP level) are applied.
 *
 * @param violations      changes no signature permits (content, pages, annotations, structure, appearance)
 * @param formFills       the fields whose value changed (allowed only where the locks permit)
 * @param addedSignatures later signatures (not document timestamps), by field name
 * @param allowed         allowed additions, described for the report
 * @param docMdp          the DocMDP permission level of the document's certification signature, 0 when none
 */
record ChangeSet(List<Violation> violations, List<String> formFills, List<String> addedSignatures,
                 List<String> allowed, int docMdp) {

    ChangeSet {
        violations = List.copyOf(violations);
        formFills = List.copyOf(formFills);
        addedSignatures = List.copyOf(addedSignatures);
        allowed = List.copyOf(allowed);
    }
}
