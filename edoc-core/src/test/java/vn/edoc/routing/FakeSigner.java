package vn.edoc.routing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.edoc.document.Attachment;
import vn.edoc.document.Document;
import vn.edoc.id.OrganCode;
import vn.edoc.spi.ContentRef;
import vn.edoc.spi.ContentStore;
import vn.edoc.spi.DocumentSigner;

/**
 * A test double of the organisation's signature: reads the main file from the content store, appends a marker,
 * stores the result and marks the document signed with the new file's hash and size.
 */
final class FakeSigner implements DocumentSigner {

    private final ContentStore content;
    int calls;

    FakeSigner(ContentStore content) {
        this.content = Objects.requireNonNull(content, "content");
    }

    @Override
    public Document sign(Document document, OrganCode organisation) {
        calls++;
        List<Attachment> files = new ArrayList<>();
        for (Attachment a : document.attachments()) {
            if (!a.isMain()) {
                files.add(a);
                continue;
            }
            byte[] signed;
            try (InputStream in = content.open(new ContentRef(a.sha256(), a.size()))) {
                byte[] original = in.readAllBytes();
                byte[] mark = ("\n% fake signature of " + organisation.value() + "\n").getBytes(StandardCharsets.US_ASCII);
                signed = new byte[original.length + mark.length];
                System.arraycopy(original, 0, signed, 0, original.length);
                System.arraycopy(mark, 0, signed, original.length, mark.length);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            ContentRef ref = content.put(new ByteArrayInputStream(signed));
            files.add(new Attachment(a.name(), a.mediaType(), ref.size(), ref.sha256(), a.role()));
        }
        return document.toBuilder().attachments(files).signed(true).build();
    }
}
