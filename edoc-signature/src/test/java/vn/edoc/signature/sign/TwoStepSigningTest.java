package vn.edoc.signature.sign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import java.io.RandomAccessFile;
import java.math.BigInteger;
import java.nio.file.Path;
import java.security.Signature;
import java.time.Clock;
import java.util.Arrays;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInfoGeneratorBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.edoc.signature.support.DssOracle;
import vn.edoc.signature.support.PdfSig;
import vn.edoc.signature.support.TestPdfs;
import vn.edoc.signature.testpki.TestPki;
import vn.edoc.validation.EdocRuleException;

/** Two-step (external) signing: prepare, sign elsewhere, complete with the value or with a whole CMS. */
class TwoStepSigningTest {

    private static final TestPki RSA = TestPki.shared(TestPki.KeyKind.RSA_2048);
    private static final TestPki EC = TestPki.shared(TestPki.KeyKind.EC_P256);

    @TempDir
    Path dir;

    private static PadesSigner signer(TestPki pki) {
        return PadesSigner.of(Clock.systemUTC(), pki.timestampClient(), pki.revocationSource());
    }

    @Test
    void rsaValueFromARemoteDeviceCompletesAValidBaselineT() throws Exception {
        Path in = TestPdfs.document(dir.resolve("in.pdf"), 1);
        Path out = dir.resolve("out.pdf");
        PreparedSignature prepared = signer(RSA).prepare(in, out, RSA.person().chain(),
                SignatureParameters.of(PadesLevel.B_T));
        assertThat(prepared.dataToBeSignedDigest()).hasSize(32);
        // "Elsewhere": a device that only signs what it is given.
        Signature device = Signature.getInstance("SHA256withRSA");
        device.initSign(RSA.person().privateKey());
        device.update(prepared.dataToBeSigned());
        signer(RSA).complete(prepared, device.sign());
        assertThat(DssOracle.validate(out, RSA, true)).singleElement().satisfies(v -> {
            assertThat(v.indication()).as(v.toString()).isEqualTo(Indication.TOTAL_PASSED);
            assertThat(v.level()).isEqualTo(SignatureLevel.PAdES_BASELINE_T);
        });
        assertThat(PdfSig.validations(out)).containsExactly("Signature is Valid.");
    }

    @Test
    void plainEcdsaValueFromAToken() throws Exception {
        Path in = TestPdfs.document(dir.resolve("in.pdf"), 1);
        Path out = dir.resolve("out.pdf");
        PreparedSignature prepared = signer(EC).prepare(in, out, EC.person().chain(),
                SignatureParameters.of(PadesLevel.B_B));
        Signature device = Signature.getInstance("SHA256withECDSA");
        device.initSign(EC.person().privateKey());
        device.update(prepared.dataToBeSigned());
        ASN1Sequence der = ASN1Sequence.getInstance(device.sign());
        // PKCS#11 CKM_ECDSA answers r||s, 32 bytes each for P-256.
        byte[] plain = new byte[64];
        copy(ASN1Integer.getInstance(der.getObjectAt(0)).getValue(), plain, 0);
        copy(ASN1Integer.getInstance(der.getObjectAt(1)).getValue(), plain, 32);
        signer(EC).complete(prepared, plain);
        assertThat(DssOracle.validate(out, EC, true)).singleElement()
                .satisfies(v -> assertThat(v.indication()).as(v.toString()).isEqualTo(Indication.TOTAL_PASSED));
    }

    @Test
    void wholeCmsFromARemoteServiceIsCheckedTimestampedAndEmbedded() throws Exception {
        Path in = TestPdfs.document(dir.resolve("in.pdf"), 1);
        Path out = dir.resolve("out.pdf");
        PreparedSignature prepared = signer(RSA).prepare(in, out, RSA.organisation().chain(),
                SignatureParameters.of(PadesLevel.B_T));
        byte[] cms = remoteCms(prepared, false);
        signer(RSA).completeWithCms(prepared, cms);
        assertThat(DssOracle.validate(out, RSA, true)).singleElement().satisfies(v -> {
            assertThat(v.indication()).as(v.toString()).isEqualTo(Indication.TOTAL_PASSED);
            assertThat(v.level()).isEqualTo(SignatureLevel.PAdES_BASELINE_T);
        });
    }

    @Test
    void cmsWithSigningTimeOrOverOtherBytesIsRefused() throws Exception {
        Path in = TestPdfs.document(dir.resolve("in.pdf"), 1);
        Path out = dir.resolve("out.pdf");
        PreparedSignature prepared = signer(RSA).prepare(in, out, RSA.organisation().chain(),
                SignatureParameters.of(PadesLevel.B_B));
        assertThatThrownBy(() -> signer(RSA).completeWithCms(prepared, remoteCms(prepared, true)))
                .isInstanceOfSatisfying(EdocRuleException.class, e -> assertThat(e.getMessage())
                        .contains("EDOC-SIG-007").contains("signing-time"));
        assertThatThrownBy(() -> signer(RSA).completeWithCms(prepared, new byte[] {0x30, 0x03, 0x02, 0x01, 0x01}))
                .isInstanceOfSatisfying(EdocRuleException.class,
                        e -> assertThat(e.violations().get(0).code()).isEqualTo("EDOC-SIG-007"));
    }

    @Test
    void wrongValueAndChangedPreparedFileAreRefused() throws Exception {
        Path in = TestPdfs.document(dir.resolve("in.pdf"), 1);
        Path out = dir.resolve("out.pdf");
        PreparedSignature prepared = signer(RSA).prepare(in, out, RSA.person().chain(),
                SignatureParameters.of(PadesLevel.B_B));
        Signature other = Signature.getInstance("SHA256withRSA");
        other.initSign(RSA.organisation().privateKey());
        other.update(prepared.dataToBeSigned());
        byte[] wrong = other.sign();
        assertThatThrownBy(() -> signer(RSA).complete(prepared, wrong))
                .isInstanceOfSatisfying(EdocRuleException.class,
                        e -> assertThat(e.violations().get(0).code()).isEqualTo("EDOC-SIG-006"));
        // One byte of the prepared file changes before completion.
        try (RandomAccessFile file = new RandomAccessFile(out.toFile(), "rw")) {
            file.seek(100);
            int b = file.read();
            file.seek(100);
            file.write(b ^ 0x01);
        }
        Signature right = Signature.getInstance("SHA256withRSA");
        right.initSign(RSA.person().privateKey());
        right.update(prepared.dataToBeSigned());
        byte[] value = right.sign();
        assertThatThrownBy(() -> signer(RSA).complete(prepared, value))
                .isInstanceOfSatisfying(EdocRuleException.class,
                        e -> assertThat(e.violations().get(0).code()).isEqualTo("EDOC-SIG-013"));
    }

    @Test
    void tooSmallExplicitReservationIsRefusedAndAutomaticOneGrows() {
        Path in = TestPdfs.document(dir.resolve("in.pdf"), 1);
        Path out = dir.resolve("out.pdf");
        SigningKey key = KeyStoreSigningKey.of(RSA.person().privateKey(), RSA.person().chain());
        assertThatThrownBy(() -> signer(RSA).sign(in, out, key,
                SignatureParameters.of(PadesLevel.B_T).withReservedBytes(1000)))
                .isInstanceOfSatisfying(EdocRuleException.class,
                        e -> assertThat(e.violations().get(0).code()).isEqualTo("EDOC-SIG-008"));
        assertThat(out).doesNotExist();
    }

    /** A CMS as a remote signing service would make it, over the prepared document digest. */
    private static byte[] remoteCms(PreparedSignature prepared, boolean withSigningTime) throws Exception {
        TestPki.Identity organisation = RSA.organisation();
        AttributeTable padesAttributes = new AttributeTable(
                CmsAssembler.signedAttributes(DigestAlgorithm.SHA256, prepared.documentDigest(),
                        organisation.certificate()));
        CMSAttributeTableGenerator attributes = parameters -> {
            AttributeTable table = new DefaultSignedAttributeTableGenerator(padesAttributes)
                    .getAttributes(parameters);
            return withSigningTime ? table : table.remove(CMSAttributes.signingTime);
        };
        CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
        generator.addSignerInfoGenerator(new SignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder()
                .build()).setSignedAttributeGenerator(attributes).build(
                new JcaContentSignerBuilder("SHA256withRSA").build(organisation.privateKey()),
                new org.bouncycastle.cert.jcajce.JcaX509CertificateHolder(organisation.certificate())));
        generator.addCertificates(new JcaCertStore(organisation.chain()));
        // The service signs the digest it was given: feed the prepared bytes' digest through a pre-computed table.
        byte[] content = readRanges(prepared);
        return generator.generate(new CMSProcessableByteArray(content), false).getEncoded();
    }

    private static byte[] readRanges(PreparedSignature prepared) throws Exception {
        long[] r = prepared.byteRange();
        byte[] out = new byte[(int) (r[1] + r[3])];
        try (RandomAccessFile file = new RandomAccessFile(prepared.file().toFile(), "r")) {
            file.seek(r[0]);
            file.readFully(out, 0, (int) r[1]);
            file.seek(r[2]);
            file.readFully(out, (int) r[1], (int) r[3]);
        }
        return out;
    }

    private static void copy(BigInteger value, byte[] into, int at) {
        byte[] b = value.toByteArray();
        byte[] fixed = b.length > 32 ? Arrays.copyOfRange(b, b.length - 32, b.length) : b;
        System.arraycopy(fixed, 0, into, at + 32 - fixed.length, fixed.length);
    }
}
