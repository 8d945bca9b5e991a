package vn.edoc.interconnect.edxml;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What edoc needs to say about a message that QCVN 102:2016 has no field for (phần mở rộng của edoc), written as one
 * element {@code Extension} in edoc's own namespace {@value #NS} inside {@code edXMLHeader}, after
 * {@code TraceHeaderList} and before the package {@code Signature} (so the package signature covers it). Readers
 * that do not know the namespace skip the element; edoc's reader warns about nothing in it.
 *
 * <pre>{@code
 * <edoc:Extension xmlns:edoc="urn:vn-edoc:edxml-extension:1">
 *   <edoc:Kind>STATUS</edoc:Kind>            engine message kind, only when the standard code reads back otherwise
 *   <edoc:Signed>true</edoc:Signed>          the document is digitally signed (package only)
 *   <edoc:Task>Báo cáo … (hạn: 30/04/2025)</edoc:Task>   repeated: the tasks a new document carries (R-IN-9);
 *                                            in a status message, the one task row the status is about
 * </edoc:Extension>
 * }</pre>
 *
 * @param kind   the engine's message kind name when the standard's own code (business type or status code) would
 *               be read back as another kind; empty otherwise
 * @param signed whether the document carried is digitally signed; empty for a status message
 * @param tasks  the task descriptors
 */
public record EdocExtension(Optional<String> kind, Optional<Boolean> signed, List<String> tasks) {

    /** The namespace of the extension: a URN of edoc's own, so that no reader mistakes it for the standard's. */
    public static final String NS = "urn:vn-edoc:edxml-extension:1";
    /** The prefix written. */
    public static final String PREFIX = "edoc";

    /** Refuses missing parts and a blank kind; copies the list. */
    public EdocExtension {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(signed, "signed");
        if (kind.isPresent() && kind.get().isBlank()) {
            throw new IllegalArgumentException("a blank kind");
        }
        tasks = Texts.list(tasks);
    }

    /** Nothing to say. */
    public static EdocExtension none() {
        return new EdocExtension(Optional.empty(), Optional.empty(), List.of());
    }

    /** True when there is nothing to write. */
    public boolean isEmpty() {
        return kind.isEmpty() && signed.isEmpty() && tasks.isEmpty();
    }
}
