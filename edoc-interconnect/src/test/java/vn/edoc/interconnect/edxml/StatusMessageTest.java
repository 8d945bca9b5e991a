package vn.edoc.interconnect.edxml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.edoc.store.memory.MemoryContentStore;

class StatusMessageTest {

    static EdxmlStatus sampleStatus() {
        return new EdxmlStatus(new Organization("000.00.00.H41", "UBND Tỉnh Nghệ An", "UBND Tỉnh Nghệ An",
                "Số 03, đường Trường Thi", "nghean@gov.vn", "0383 840418", "0383 843049", "www.nghean.vn"),
                new ResponseFor("000.00.00.G22", "7816/VPCP-TTĐT", Optional.of(LocalDate.of(2015, 9, 30)),
                        "000.00.00.G22,2015/09/30,7816/VPCP-TTĐT"),
                Optional.of(new StaffInfo("Phòng hành chính", "", "Nguyễn Thị Ngọc Trâm", "", "ngoctram@nghean.vn",
                        "84912000001")),
                StatusCode.REFUSED, "Sai số trang: 3 trang thay vì 4", LocalDateTime.of(2015, 9, 20, 11, 8, 36),
                new TraceInfo(List.of(new TraceInfo.TraceHeader("000.00.00.H41",
                        Optional.of(LocalDateTime.of(2015, 9, 20, 11, 8, 36)))), Optional.empty()));
    }

    @Test
    void everyStatusCodeReadsBackAsWritten() {
        MemoryContentStore store = new MemoryContentStore();
        for (StatusCode code : StatusCode.values()) {
            EdxmlStatus s = sampleStatus();
            EdxmlStatus status = new EdxmlStatus(s.from(), s.responseFor(), s.staff(), code, s.description(),
                    s.timestamp(), s.trace());
            byte[] bytes = Fixtures.write(EdxmlWriter.of(store), status);
            assertThat(Fixtures.text(bytes)).contains("<edXML:StatusCode>" + code.code() + "</edXML:StatusCode>",
                    "<edXML:Timestamp>2015/09/20 11:08:36</edXML:Timestamp>");
            EdxmlRead read = Fixtures.read(EdxmlReader.of(store), bytes);
            assertThat(read.status()).isEqualTo(status);
            assertThat(read.warnings().violations()).isEmpty();
        }
    }

    @Test
    void aSignedStatusVerifies() {
        MemoryContentStore store = new MemoryContentStore();
        byte[] bytes = Fixtures.write(EdxmlWriter.of(store).signedBy(Fixtures.signer("ec")), sampleStatus());
        EdxmlRead read = Fixtures.read(EdxmlReader.of(store), bytes);
        assertThat(read.signature().isValid()).isTrue();
        assertThat(read.status()).isEqualTo(sampleStatus());
    }

    @Test
    void theDeployedSampleIsRead() throws Exception {
        byte[] bytes;
        try (InputStream in = getClass().getResourceAsStream("wild-status-05.edxml")) {
            bytes = in.readAllBytes();
        }
        EdxmlRead read = Fixtures.read(EdxmlReader.of(new MemoryContentStore()), bytes);
        EdxmlStatus s = read.status();
        assertThat(s.code()).isEqualTo(StatusCode.PROCESSING);
        assertThat(s.from().organId()).isEqualTo("000.00.00.H41");
        assertThat(s.responseFor().documentId()).isEqualTo("000.00.00.G22,2015/09/30,7816/VPCP-TTĐT");
        assertThat(s.responseFor().promulgationDate()).contains(LocalDate.of(2015, 9, 30));
        assertThat(s.staff()).hasValueSatisfying(st -> assertThat(st.staff()).isEqualTo("Nguyen thi ngoc tram"));
        assertThat(s.timestamp()).isEqualTo(LocalDateTime.of(2015, 9, 20, 11, 8, 36));
        assertThat(s.description()).isEqualTo("Đang xử lý văn bản đến");
        assertThat(read.signature().status()).isEqualTo(SignatureCheck.Status.ABSENT);
        assertThat(read.signature().problems()).extracting(v -> v.code()).containsExactly("EDOC-EDXML-105");
        assertThatNoErrors(read);
        assertThat(read.documentPackageOrNull()).isNull();
    }

    private static void assertThatNoErrors(EdxmlRead read) {
        assertThat(read.allWarnings().isValid()).isTrue();
    }
}
