package vn.edoc.signature.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.edoc.Edoc;
import vn.edoc.document.Attachment;
import vn.edoc.document.Direction;
import vn.edoc.document.Document;
import vn.edoc.document.Recipient;
import vn.edoc.document.SigningCompetence;
import vn.edoc.id.DocumentType;
import vn.edoc.id.Notation;
import vn.edoc.id.RecordId;
import vn.edoc.org.OrgFixtures;
import vn.edoc.routing.Actor;
import vn.edoc.routing.IncomingRecord;
import vn.edoc.routing.ReceiptCheck;
import vn.edoc.routing.TransportInbox;
import vn.edoc.signature.sign.KeyStoreSigningKey;
import vn.edoc.signature.sign.PadesLevel;
import vn.edoc.signature.sign.PadesSigner;
import vn.edoc.signature.sign.SignatureParameters;
import vn.edoc.signature.support.TestPdfs;
import vn.edoc.signature.testpki.TestPki;
import vn.edoc.spi.ContentRef;
import vn.edoc.spi.SignatureIndication;
import vn.edoc.spi.TransportMessage;
import vn.edoc.spi.TrustStore;
import vn.edoc.store.memory.LoopbackTransport;
import vn.edoc.store.memory.MemoryStores;
import vn.edoc.time.MutableClock;
import vn.edoc.validation.EdocRuleException;

/**
 * R-IN-1 with the real verifier: an engine built with {@link PadesVerifier} takes in a signed document whose
 * signature passes (and the clerk registers it with the report), and quarantines the same document changed after
 * signing, with the verifier's reasons, without receiving or registering it.
 */
class InboxVerificationTest {

    private static final TestPki PKI = TestPki.shared(TestPki.KeyKind.RSA_2048);

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T01:00:00Z"));
    private final MemoryStores stores = MemoryStores.create(OrgFixtures.directory());
    private final LoopbackTransport transport = new LoopbackTransport(clock);
    private final Edoc edoc = Edoc.builder().stores(stores).transport(transport).clock(clock)
            .signer((request, contents) -> {
                throw new IllegalStateException("nothing is issued here");
            })
            .verifier(PadesVerifier.builder().contentStore(stores.content())
                    .trustStore(TrustStore.of(List.of(PKI.root().certificate())))
                    .revocationSource(PKI.revocationSource()).build())
            .build();

    private byte[] signedLetter() throws IOException {
        Path in = TestPdfs.document(dir.resolve("in.pdf"), 2);
        Path out = dir.resolve("signed.pdf");
        PadesSigner.of(Clock.systemUTC(), PKI.timestampClient(), PKI.revocationSource()).sign(in, out,
                KeyStoreSigningKey.of(PKI.organisation().privateKey(), PKI.organisation().chain()),
                SignatureParameters.of(PadesLevel.B_T));
        return Files.readAllBytes(out);
    }

    private TransportMessage send(String ref, byte[] pdf) {
        ContentRef file = stores.content().put(new ByteArrayInputStream(pdf));
        Document letter = Document.builder().direction(Direction.INCOMING).notation(Notation.parse("15/STP-VP"))
                .type(DocumentType.CONG_VAN).issueDate(LocalDate.of(2026, 2, 27)).place("Bình Định")
                .subject("Về việc rà soát thủ tục hành chính").issuer(OrgFixtures.SO_TU_PHAP,
                        "Sở Tư pháp tỉnh Bình Định")
                .signer(SigningCompetence.KT, "Phó Giám đốc", "Lý Thị Nga")
                .addRecipient(Recipient.of("UBND huyện Tuy Phước", OrgFixtures.TUY_PHUOC)).pageCount(2)
                .signed(true).addAttachment(new Attachment("cv-15.pdf", "application/pdf", file.size(),
                        file.sha256(), Attachment.Role.MAIN)).build();
        TransportMessage m = TransportMessage.newDocument(OrgFixtures.SO_TU_PHAP, OrgFixtures.TUY_PHUOC, ref, letter,
                List.of(), clock.instant());
        transport.send(m);
        return m;
    }

    @Test
    void aGoodSignatureIsTakenInAndATamperedOneIsQuarantinedWithTheVerifiersReasons() throws IOException {
        byte[] good = signedLetter();
        byte[] tampered = AttackCorpus.update(good, doc -> {
            COSStream content = (COSStream) doc.getPage(0).getCOSObject().getDictionaryObject(COSName.CONTENTS);
            content.removeItem(COSName.FILTER);
            try (OutputStream out = content.createOutputStream()) {
                out.write("BT /F1 14 Tf 72 760 Td (So tien: 900.000.000 dong) Tj ET"
                        .getBytes(StandardCharsets.US_ASCII));
            }
            content.setNeedToBeUpdated(true);
        });
        TransportMessage ok = send("stp-out-15", good);
        TransportMessage bad = send("stp-out-16", tampered);

        TransportInbox.Result r = edoc.inbox().process(OrgFixtures.TUY_PHUOC);

        assertThat(r.received()).extracting(IncomingRecord::senderRef).containsExactly("stp-out-15");
        assertThat(r.verified()).hasSize(2);
        assertThat(r.verified().get(0).message()).isEqualTo(ok);
        assertThat(r.verified().get(0).report().indication()).as("%s", r.verified().get(0).report())
                .isEqualTo(SignatureIndication.TOTAL_PASSED);
        assertThat(r.verified().get(1).report().indication()).isEqualTo(SignatureIndication.TOTAL_FAILED);
        assertThat(r.quarantined()).singleElement().satisfies(h -> {
            assertThat(h.stored().message()).isEqualTo(bad);
            assertThat(h.stored().failure()).isEqualTo("EDOC-FLW-014");
            assertThat(h.stored().reason()).contains("EDOC-SIG-121"); // the page content changed after signing
            assertThat(((EdocRuleException) h.cause()).ruleIds()).contains("R-IN-1", "R-LEGAL-1");
        });
        assertThat(stores.documents().incomingOf(OrgFixtures.TUY_PHUOC)).hasSize(1);

        // the clerk registers the good one with the report the inbox made
        IncomingRecord in = r.received().get(0);
        List<IncomingRecord> registered = edoc.incoming().register(Actor.loggedIn(OrgFixtures.directory(),
                "lanpt.tuyphuoc"), RecordId.of(in.id()), ReceiptCheck.of(2, r.verified().get(0).report()));
        assertThat(registered).singleElement().satisfies(x -> assertThat(x.number()).isPositive());
    }
}
