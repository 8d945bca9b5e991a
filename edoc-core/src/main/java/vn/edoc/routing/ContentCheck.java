package vn.edoc.routing;

import java.util.ArrayList;
import java.util.List;
import vn.edoc.document.Attachment;
import vn.edoc.document.Document;
import vn.edoc.spi.ContentRef;
import vn.edoc.spi.ContentStore;
import vn.edoc.validation.EdocRuleException;
import vn.edoc.validation.ValidationResult;
import vn.edoc.validation.Violation;

/**
 * The one check that a document's files are really kept (R-ARC-1): every attachment's bytes are in the content store
 * under the SHA-256 and size the document gives. Receipt and registration, incoming and outgoing, call it before
 * writing anything, so a record never describes a file nobody can read.
 */
final class ContentCheck {

    private ContentCheck() {
    }

    /**
     * Refuses with one {@link FlowViolation#CONTENT_MISSING} per file not stored as described, each naming the file
     * ({@code path.attachments[i]}), all at once.
     */
    static void requireStored(ContentStore content, Document document, String path) {
        List<Violation> missing = new ArrayList<>();
        List<Attachment> files = document.attachments();
        for (int i = 0; i < files.size(); i++) {
            Attachment a = files.get(i);
            boolean stored = ContentRef.isSha256(a.sha256()) && a.size() >= 0
                    && content.exists(new ContentRef(a.sha256(), a.size()));
            if (!stored) {
                missing.add(Violation.of(FlowViolation.CONTENT_MISSING, path + ".attachments[" + i + "]", a.name(),
                        a.sha256(), a.size()));
            }
        }
        if (!missing.isEmpty()) {
            throw new EdocRuleException(ValidationResult.of(missing));
        }
    }
}
