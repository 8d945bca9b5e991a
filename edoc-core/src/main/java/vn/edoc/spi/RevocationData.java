package vn.edoc.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Revocation information (thông tin thu hồi chứng thư) for certificates, as their DER encodings: certificate
 * revocation lists (RFC 5280) and OCSP responses (RFC 6960, the whole {@code OCSPResponse}). The signer embeds them
 * in the PDF's DSS dictionary (PAdES B-LT); the verifier reads and checks them.
 *
 * @param crls          DER-encoded CRLs
 * @param ocspResponses DER-encoded OCSP responses
 */
public record RevocationData(List<byte[]> crls, List<byte[]> ocspResponses) {

    /** No revocation information. */
    public static final RevocationData NONE = new RevocationData(List.of(), List.of());

    /** Copies the lists and every encoding, so the record cannot be changed from outside. */
    public RevocationData {
        crls = copy(Objects.requireNonNull(crls, "crls"));
        ocspResponses = copy(Objects.requireNonNull(ocspResponses, "ocspResponses"));
    }

    /** True when there is nothing. */
    public boolean isEmpty() {
        return crls.isEmpty() && ocspResponses.isEmpty();
    }

    /** Both lists of this and {@code other}. */
    public RevocationData and(RevocationData other) {
        List<byte[]> c = new ArrayList<>(crls);
        c.addAll(other.crls);
        List<byte[]> o = new ArrayList<>(ocspResponses);
        o.addAll(other.ocspResponses);
        return new RevocationData(c, o);
    }

    /** A copy of the CRL encodings. */
    @Override
    public List<byte[]> crls() {
        return copy(crls);
    }

    /** A copy of the OCSP response encodings. */
    @Override
    public List<byte[]> ocspResponses() {
        return copy(ocspResponses);
    }

    private static List<byte[]> copy(List<byte[]> list) {
        List<byte[]> out = new ArrayList<>(list.size());
        for (byte[] b : list) {
            out.add(Objects.requireNonNull(b, "encoding").clone());
        }
        return List.copyOf(out);
    }
}
