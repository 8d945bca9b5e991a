package vn.edoc.signature.verify;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import vn.edoc.signature.testpki.TestPki;

/**
 * A small, independent PDFBox + BouncyCastle signer for the verifier's tests (not the product's signer, so that a
 * fault in one does not hide a fault in the other): PDFs with text pages and an optional form field, signed
 * incrementally with ETSI.CAdES.detached, signing-certificate-v2, no CMS signing time, an optional signature
 * timestamp, an optional visible widget, an optional DocMDP certification.
 */
public final class TestSigning {

    private TestSigning() {
    }

    /** Options of one signature. */
    public record Options(String field, PDRectangle visible, Color appearanceColor, boolean whiteBox, int docMdp,
                   boolean timestamp, Instant time) {

        public static Options plain(String field) {
            return new Options(field, null, null, false, 0, false, Instant.now());
        }

        Options visibleAt(PDRectangle r, Color c) {
            return new Options(field, r, c, false, docMdp, timestamp, time);
        }

        Options hidingWithWhiteBox(PDRectangle r) {
            return new Options(field, r, Color.WHITE, true, docMdp, timestamp, time);
        }

        Options certify(int p) {
            return new Options(field, visible, appearanceColor, whiteBox, p, timestamp, time);
        }

        Options timestamped() {
            return new Options(field, visible, appearanceColor, whiteBox, docMdp, true, time);
        }

        Options at(Instant t) {
            return new Options(field, visible, appearanceColor, whiteBox, docMdp, timestamp, t);
        }
    }

    /** A PDF of {@code pages} pages of text lines, with a text field "note" on the first page when asked. */
    public static byte[] document(int pages, boolean withField) {
        return document(pages, withField, "QUYET DINH so 05/QD-UBND");
    }

    public static byte[] document(int pages, boolean withField, String title) {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 14);
                    cs.newLineAtOffset(72, 760);
                    cs.showText(title + " - page " + (p + 1));
                    cs.setFont(font, 11);
                    for (int l = 0; l < 40; l++) {
                        cs.newLineAtOffset(0, -16);
                        cs.showText("Line " + l + ": the signed text of this decision must not change after signing.");
                    }
                    cs.endText();
                }
            }
            if (withField) {
                PDAcroForm form = new PDAcroForm(doc);
                doc.getDocumentCatalog().setAcroForm(form);
                PDResources dr = new PDResources();
                dr.put(COSName.getPDFName("Helv"), font);
                form.setDefaultResources(dr);
                form.setDefaultAppearance("/Helv 10 Tf 0 g");
                PDTextField field = new PDTextField(form);
                field.setPartialName("note");
                PDAnnotationWidget w = field.getWidgets().get(0);
                w.setRectangle(new PDRectangle(360, 40, 200, 20));
                w.setPage(doc.getPage(0));
                doc.getPage(0).getAnnotations().add(w);
                form.getFields().add(field);
                field.setValue("initial");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code pdf} signed incrementally by {@code id}. */
    public static byte[] sign(byte[] pdf, TestPki pki, TestPki.Identity id, Options o) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDSignature sig = new PDSignature();
            sig.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            sig.setSubFilter(COSName.getPDFName("ETSI.CAdES.detached"));
            Calendar cal = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
            cal.setTimeInMillis(o.time().toEpochMilli());
            sig.setSignDate(cal);
            if (o.docMdp() > 0) {
                certify(doc, sig, o.docMdp());
            }
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
            if (form == null) {
                form = new PDAcroForm(doc);
                doc.getDocumentCatalog().setAcroForm(form);
            }
            form.getCOSObject().setNeedToBeUpdated(true);
            PDSignatureField field = new PDSignatureField(form);
            field.setPartialName(o.field());
            PDAnnotationWidget widget = field.getWidgets().get(0);
            PDPage page = doc.getPage(0);
            widget.setRectangle(o.visible() == null ? new PDRectangle(0, 0, 0, 0) : o.visible());
            widget.setPage(page);
            widget.setPrinted(true);
            if (o.visible() != null) {
                widget.setAppearance(appearance(doc, o.visible(), o.appearanceColor(), o.whiteBox()));
            }
            page.getAnnotations().add(widget);
            page.getCOSObject().setNeedToBeUpdated(true);
            COSArray annots = page.getCOSObject().getCOSArray(COSName.ANNOTS);
            if (annots != null) {
                annots.setNeedToBeUpdated(true);
            }
            form.getFields().add(field);
            form.getCOSObject().getCOSArray(COSName.FIELDS).setNeedToBeUpdated(true);
            form.setSignaturesExist(true);
            form.setAppendOnly(true);
            field.getCOSObject().setItem(COSName.V, sig);
            doc.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
            SignatureOptions so = new SignatureOptions();
            so.setPreferredSignatureSize(o.timestamp() ? 24000 : 12000);
            doc.addSignature(sig, content -> cms(content, pki, id, o.timestamp()), so);
            if (o.visible() != null) {
                // addSignature makes the widget invisible when no template is given: set it again before saving
                widget.setRectangle(o.visible());
                widget.setAppearance(appearance(doc, o.visible(), o.appearanceColor(), o.whiteBox()));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.saveIncremental(out);
            so.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PDAppearanceDictionary appearance(PDDocument doc, PDRectangle r, Color color, boolean opaque)
            throws IOException {
        PDAppearanceStream ap = new PDAppearanceStream(doc);
        ap.setBBox(new PDRectangle(r.getWidth(), r.getHeight()));
        ap.setResources(new PDResources());
        try (PDPageContentStream cs = new PDPageContentStream(doc, ap)) {
            cs.setNonStrokingColor(color);
            if (opaque) {
                cs.addRect(0, 0, r.getWidth(), r.getHeight());
            } else {
                // a signature-like stroke: a band in the middle third, leaving the rest transparent
                cs.addRect(r.getWidth() * 0.2f, r.getHeight() * 0.4f, r.getWidth() * 0.6f, r.getHeight() * 0.2f);
            }
            cs.fill();
        }
        PDAppearanceDictionary d = new PDAppearanceDictionary();
        d.setNormalAppearance(ap);
        return d;
    }

    private static void certify(PDDocument doc, PDSignature sig, int p) {
        COSDictionary params = new COSDictionary();
        params.setItem(COSName.TYPE, COSName.getPDFName("TransformParams"));
        params.setInt(COSName.P, p);
        params.setName(COSName.V, "1.2");
        COSDictionary ref = new COSDictionary();
        ref.setItem(COSName.TYPE, COSName.getPDFName("SigRef"));
        ref.setItem(COSName.getPDFName("TransformMethod"), COSName.getPDFName("DocMDP"));
        ref.setItem(COSName.getPDFName("DigestMethod"), COSName.getPDFName("SHA256"));
        ref.setItem(COSName.getPDFName("TransformParams"), params);
        COSArray refs = new COSArray();
        refs.add(ref);
        sig.getCOSObject().setItem(COSName.getPDFName("Reference"), refs);
        COSDictionary perms = new COSDictionary();
        perms.setItem(COSName.getPDFName("DocMDP"), sig);
        doc.getDocumentCatalog().getCOSObject().setItem(COSName.PERMS, perms);
    }

    static byte[] cms(InputStream content, TestPki pki, TestPki.Identity id, boolean timestamp) throws IOException {
        try {
            byte[] data = content.readAllBytes();
            X509Certificate cert = id.certificate();
            String alg = cert.getPublicKey().getAlgorithm().equals("EC") ? "SHA256withECDSA" : "SHA256withRSA";
            ESSCertIDv2 essId = new ESSCertIDv2(MessageDigest.getInstance("SHA-256").digest(cert.getEncoded()));
            ASN1EncodableVector v = new ASN1EncodableVector();
            v.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                    new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {essId}))));
            DefaultSignedAttributeTableGenerator base = new DefaultSignedAttributeTableGenerator(new AttributeTable(v));
            JcaSignerInfoGeneratorBuilder b = new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build());
            // PAdES: the signing time is the /M entry, not a CMS attribute
            b.setSignedAttributeGenerator(params -> base.getAttributes(params).remove(CMSAttributes.signingTime));
            CMSSignedDataGenerator gen = new CMSSignedDataGenerator();
            gen.addSignerInfoGenerator(b.build(new JcaContentSignerBuilder(alg).build(id.privateKey()), cert));
            gen.addCertificates(new JcaCertStore(id.chain()));
            CMSSignedData signed = gen.generate(new CMSProcessableByteArray(data), false);
            if (timestamp) {
                signed = addTimestamp(signed, pki);
            }
            return signed.getEncoded();
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    private static CMSSignedData addTimestamp(CMSSignedData signed, TestPki pki) throws Exception {
        SignerInformation si = signed.getSignerInfos().getSigners().iterator().next();
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(si.getSignature());
        byte[] token = pki.timestamp(digest, NISTObjectIdentifiers.id_sha256).getTimeStampToken().getEncoded();
        ASN1EncodableVector v = new ASN1EncodableVector();
        v.add(new Attribute(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken, new DERSet(
                org.bouncycastle.asn1.ASN1Primitive.fromByteArray(token))));
        SignerInformation stamped = SignerInformation.replaceUnsignedAttributes(si, new AttributeTable(v));
        List<SignerInformation> list = new ArrayList<>();
        list.add(stamped);
        return CMSSignedData.replaceSigners(signed, new SignerInformationStore(list));
    }

    /** A revocation source answering from the PKI: OCSP for end entities, the CAs' CRLs for the rest. */
    public static vn.edoc.spi.RevocationSource revocation(TestPki pki) {
        return (cert, issuer) -> {
            try {
                return new vn.edoc.spi.RevocationData(List.of(pki.crl(pki.root()).getEncoded(),
                        pki.crl(pki.intermediate()).getEncoded()), List.of(pki.ocsp(cert)));
            } catch (java.security.cert.CRLException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    /** A stream of the given content, for tampering tests that replace a page's content. */
    static COSStream contentStream(PDDocument doc, String text) throws IOException {
        COSStream s = doc.getDocument().createCOSStream();
        try (var out = s.createOutputStream()) {
            out.write(("BT /F1 14 Tf 72 760 Td (" + text + ") Tj ET").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }
        return s;
    }
}
