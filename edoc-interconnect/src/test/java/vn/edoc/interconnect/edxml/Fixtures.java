package vn.edoc.interconnect.edxml;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import vn.edoc.spi.ContentRef;
import vn.edoc.spi.ContentStore;

/** Shared test material: a complete package, the test signing keys, writing and reading helpers. */
final class Fixtures {

    private Fixtures() {
    }

    static PackageSigner signer(String alias) {
        try (InputStream in = Fixtures.class.getResourceAsStream("signer.p12")) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(in, "changeit".toCharArray());
            return PackageSigner.of((PrivateKey) ks.getKey(alias, "changeit".toCharArray()),
                    (X509Certificate) ks.getCertificate(alias));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static EdxmlPackage sample(ContentStore store) {
        ContentRef main = store.put(new ByteArrayInputStream("%PDF-1.7 quyết định".getBytes(StandardCharsets.UTF_8)));
        ContentRef annex = store.put(new ByteArrayInputStream(new byte[] {0, 1, 2, (byte) 0xFF, 65}));
        EdxmlHeader header = EdxmlHeader.builder(new Organization("000.00.00.H37", "UBND tỉnh Lạng Sơn",
                        "Văn phòng UBND tỉnh Lạng Sơn", "Số 2 Hoàng Văn Thụ", "vp@langson.gov.vn", "0205 3812345", "",
                        "langson.gov.vn"))
                .addTo(Organization.of("000.00.12.H37", "Sở Thông tin và Truyền thông"))
                .documentId("000.00.00.H37,2025/03/14,123/QĐ-UBND")
                .code("123", "QĐ-UBND")
                .place("Lạng Sơn")
                .promulgationDate(LocalDate.of(2025, 3, 14))
                .type(new EdxmlHeader.DocType("1", "", "Quyết định (cá biệt)"))
                .subject("Về việc giao nhiệm vụ chuyển đổi số năm 2025 & <ưu tiên>")
                .content("Giao Sở TT&TT chủ trì")
                .signer(new EdxmlHeader.SignerInfo("KT.", "Phó Chủ tịch", "Nguyễn Văn Chiến"))
                .dueDate(LocalDate.of(2025, 4, 1))
                .other(new EdxmlHeader.OtherInfo(Optional.of(1), "Liên thông văn bản quốc gia", "TVC",
                        Optional.of(2), Optional.of(3), "", "false", "", List.of("phu-luc.xlsx")))
                .addResponseFor(new ResponseFor("000.00.12.H37", "45/STTTT-VP", Optional.of(LocalDate.of(2025, 3, 1)),
                        "000.00.12.H37,2025/03/01,45/STTTT-VP"))
                .steeringType(1)
                .addToPlace("Sở Thông tin và Truyền thông")
                .addToPlace("Lưu: VT")
                .build();
        TraceInfo trace = new TraceInfo(List.of(new TraceInfo.TraceHeader("000.00.00.H37",
                Optional.of(LocalDateTime.of(2025, 3, 14, 9, 30, 5)))),
                Optional.of(new TraceInfo.Business("000.00.00.H37,2025/03/14,123/QĐ-UBND", BusinessDocType.NEW,
                        "Văn bản điện tử mới", Optional.of(0), "", "", List.of(), List.of(),
                        Optional.of(new StaffInfo("Văn phòng", "VP", "Đặng Thị Ngọc Trâm", "tramdtn", "", "")))));
        return new EdxmlPackage(header, trace, List.of(
                new EdxmlAttachment("cid:1", "qd-123.pdf", "application/pdf", "Quyết định", main),
                new EdxmlAttachment("cid:2", "phu-luc.xlsx", "application/vnd.ms-excel", "", annex)));
    }

    static byte[] write(EdxmlWriter writer, EdxmlMessage message) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(message, out);
        return out.toByteArray();
    }

    static EdxmlRead read(EdxmlReader reader, byte[] bytes) {
        return reader.read(new ByteArrayInputStream(bytes));
    }

    static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
