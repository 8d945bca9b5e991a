package vn.edoc.signature.verify;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import vn.edoc.signature.testpki.TestPki;

/**
 * The attack corpus (bộ mẫu tấn công): signed PDFs and the same files tampered with in each known way, built
 * afresh by the tests with PDFBox incremental updates or by editing bytes, plus the files whose later updates are
 * allowed. Every file is signed first as "Signature1" by the test PKI's person.
 */
final class AttackCorpus {

    private final TestPki pki;

    AttackCorpus(TestPki pki) {
        this.pki = pki;
    }

    byte[] signed(byte[] pdf) {
        return TestSigning.sign(pdf, pki, pki.person(), TestSigning.Options.plain("Signature1"));
    }

    byte[] plainSigned() {
        return signed(TestSigning.document(2, false));
    }

    // ------------------------------------------------------------------------------------- allowed updates

    byte[] secondSignature() {
        return TestSigning.sign(plainSigned(), pki, pki.organisation(), TestSigning.Options.plain("Signature2"));
    }

    /** The person's visible signature, then the organisation's translucent seal over its left part (R-SIG-1). */
    byte[] visibleSignaturesOverlapping() {
        byte[] one = TestSigning.sign(TestSigning.document(1, false), pki, pki.person(),
                TestSigning.Options.plain("Signature1").visibleAt(new PDRectangle(330, 60, 160, 60), Color.BLUE));
        return TestSigning.sign(one, pki, pki.organisation(),
                TestSigning.Options.plain("Signature2").visibleAt(new PDRectangle(300, 50, 90, 80), Color.RED));
    }

    byte[] withDss() {
        byte[] signed = plainSigned();
        return update(signed, doc -> {
            COSDictionary dss = new COSDictionary();
            COSArray certs = new COSArray();
            COSArray ocsps = new COSArray();
            COSArray crls = new COSArray();
            try {
                for (var c : pki.person().chain()) {
                    certs.add(stream(doc, c.getEncoded()));
                }
                ocsps.add(stream(doc, pki.ocsp(pki.person().certificate())));
                crls.add(stream(doc, pki.crl(pki.root()).getEncoded()));
            } catch (java.security.GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
            dss.setItem(COSName.getPDFName("Certs"), certs);
            dss.setItem(COSName.getPDFName("OCSPs"), ocsps);
            dss.setItem(COSName.getPDFName("CRLs"), crls);
            doc.getDocumentCatalog().getCOSObject().setItem(COSName.getPDFName("DSS"), dss);
            doc.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
        });
    }

    byte[] documentTimestamp() {
        byte[] signed = plainSigned();
        try (PDDocument doc = Loader.loadPDF(signed)) {
            PDSignature sig = new PDSignature();
            sig.setType(COSName.getPDFName("DocTimeStamp"));
            sig.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            sig.setSubFilter(COSName.getPDFName("ETSI.RFC3161"));
            SignatureOptions so = new SignatureOptions();
            so.setPreferredSignatureSize(16000);
            doc.addSignature(sig, content -> {
                try {
                    byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.readAllBytes());
                    return pki.timestamp(digest, NISTObjectIdentifiers.id_sha256).getTimeStampToken().getEncoded();
                } catch (java.security.NoSuchAlgorithmException e) {
                    throw new IOException(e);
                }
            }, so);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.saveIncremental(out);
            so.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] formFilled(byte[] signed) {
        return update(signed, doc -> {
            PDTextField f = (PDTextField) doc.getDocumentCatalog().getAcroForm().getField("note");
            f.setValue("filled after signing");
            f.getCOSObject().setNeedToBeUpdated(true);
            f.getWidgets().get(0).getCOSObject().setNeedToBeUpdated(true);
        });
    }

    // ---------------------------------------------------------------------------------------------- attacks

    /** One byte of the signed page text changed in place. */
    byte[] byteEdited() {
        byte[] s = plainSigned();
        byte[] copy = s.clone();
        int at = indexOf(copy, "/Type /Catalog".getBytes(StandardCharsets.US_ASCII));
        if (at < 0) {
            at = 20;
        }
        copy[at + 7] = 'c'; // "/Catalog" -> "/catalog"
        return copy;
    }

    /** One byte of the CMS signature value flipped. */
    byte[] cmsFlipped() {
        byte[] s = plainSigned();
        long[] r = byteRange(s, "Signature1");
        byte[] copy = s.clone();
        try (PDDocument doc = Loader.loadPDF(s)) {
            byte[] cms = ((PDSignatureField) doc.getDocumentCatalog().getAcroForm().getField("Signature1"))
                    .getSignature().getContents();
            byte[] value = new org.bouncycastle.cms.CMSSignedData(cms).getSignerInfos().getSigners().iterator()
                    .next().getSignature();
            int at = indexOf(cms, value) + value.length / 2;
            int hexAt = (int) r[1] + 1 + 2 * at;
            copy[hexAt] = (byte) (copy[hexAt] == '0' ? '1' : '0');
            return copy;
        } catch (IOException | org.bouncycastle.cms.CMSException e) {
            throw new IllegalStateException(e);
        }
    }

    byte[] pageAdded() {
        return update(plainSigned(), doc -> {
            PDPage p = new PDPage(PDRectangle.A4);
            doc.addPage(p);
            try (PDPageContentStream cs = new PDPageContentStream(doc, p)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                cs.newLineAtOffset(72, 760);
                cs.showText("An extra page added after signing");
                cs.endText();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            doc.getPages().getCOSObject().setNeedToBeUpdated(true);
        });
    }

    byte[] pageRemoved() {
        return update(plainSigned(), doc -> {
            doc.removePage(1);
            doc.getPages().getCOSObject().setNeedToBeUpdated(true);
        });
    }

    /** The page's content stream object redefined by a later update. */
    byte[] contentReplaced() {
        return update(plainSigned(), doc -> {
            COSStream content = (COSStream) doc.getPage(0).getCOSObject().getDictionaryObject(COSName.CONTENTS);
            rewrite(content, "BT /F1 14 Tf 72 760 Td (QUYET DINH so 99/QD-UBND - changed) Tj ET");
        });
    }

    /** A square annotation with a white fill added over the text. */
    byte[] annotationOverContent() {
        return update(plainSigned(), doc -> {
            var sq = new org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationSquare();
            sq.setRectangle(new PDRectangle(60, 700, 400, 80));
            sq.setInteriorColor(new PDColor(new float[] {1, 1, 1}, PDDeviceRGB.INSTANCE));
            sq.setColor(new PDColor(new float[] {1, 1, 1}, PDDeviceRGB.INSTANCE));
            sq.constructAppearances(doc);
            try {
                doc.getPage(0).getAnnotations().add(sq);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            doc.getPage(0).getCOSObject().setNeedToBeUpdated(true);
        });
    }

    /**
     * Shadow attack "hide": the signed page draws a white cover (a form XObject) over text the signer never saw;
     * after signing, the cover's stream is redefined as empty and the hidden text appears.
     */
    byte[] shadowHide() {
        byte[] prepared = withPage(doc -> {
            PDPage page = doc.getPage(0);
            PDFormXObject cover = new PDFormXObject(doc);
            cover.setBBox(new PDRectangle(0, 0, 595, 842));
            try (OutputStream out = cover.getCOSObject().createOutputStream()) {
                out.write("1 1 1 rg 60 600 480 200 re f".getBytes(StandardCharsets.US_ASCII));
            }
            COSName name = page.getResources().add(cover);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND,
                    false)) {
                cs.drawForm(cover);
            }
            return name;
        });
        byte[] signed = signed(prepared);
        return update(signed, doc -> {
            PDPage page = doc.getPage(0);
            for (COSName n : page.getResources().getXObjectNames()) {
                COSStream s = (COSStream) page.getResources().getCOSObject().getCOSDictionary(COSName.XOBJECT)
                        .getDictionaryObject(n);
                rewrite(s, "");
            }
        });
    }

    /** Shadow attack "replace": the font the signed text uses is redefined (another font, other glyphs). */
    byte[] shadowReplaceFont() {
        return update(plainSigned(), doc -> {
            COSDictionary fonts = doc.getPage(0).getResources().getCOSObject().getCOSDictionary(COSName.FONT);
            for (COSName n : fonts.keySet()) {
                COSDictionary f = (COSDictionary) fonts.getDictionaryObject(n);
                f.setName(COSName.BASE_FONT, "Courier");
                f.setNeedToBeUpdated(true);
            }
        });
    }

    /**
     * Shadow attack "hide-and-replace": the signed file carries a second content stream nobody sees (referenced
     * from an unused catalog entry); after signing, the page dictionary is redefined to show it.
     */
    byte[] shadowHideAndReplace() {
        byte[] prepared;
        try (PDDocument doc = Loader.loadPDF(TestSigning.document(2, false))) {
            COSStream hidden = TestSigning.contentStream(doc, "QUYET DINH so 05/QD-UBND - the hidden other text");
            doc.getDocumentCatalog().getCOSObject().setItem(COSName.getPDFName("EdocUnused"), hidden);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            prepared = out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return update(signed(prepared), doc -> {
            COSBase hidden = doc.getDocumentCatalog().getCOSObject().getDictionaryObject(
                    COSName.getPDFName("EdocUnused"));
            COSDictionary page = doc.getPage(0).getCOSObject();
            page.setItem(COSName.CONTENTS, hidden);
            page.setNeedToBeUpdated(true);
        });
    }

    /**
     * Incremental saving attack: an update whose trailer names a new catalog with a new page tree (the signed
     * objects are untouched, the document shown is another).
     */
    byte[] newCatalog() {
        byte[] signed = plainSigned();
        try (PDDocument doc = Loader.loadPDF(signed)) {
            COSDictionary oldCatalog = doc.getDocumentCatalog().getCOSObject();
            COSDictionary catalog = new COSDictionary();
            for (COSName k : oldCatalog.keySet()) {
                catalog.setItem(k, oldCatalog.getItem(k));
            }
            COSDictionary pages = new COSDictionary();
            pages.setItem(COSName.TYPE, COSName.PAGES);
            COSArray kids = new COSArray();
            COSDictionary page = new COSDictionary();
            page.setItem(COSName.TYPE, COSName.PAGE);
            page.setItem(COSName.PARENT, pages);
            page.setItem(COSName.MEDIA_BOX, PDRectangle.A4.getCOSArray());
            page.setItem(COSName.RESOURCES, doc.getPage(0).getCOSObject().getItem(COSName.RESOURCES));
            page.setItem(COSName.CONTENTS, TestSigning.contentStream(doc, "A different document"));
            page.setItem(COSName.ANNOTS, doc.getPage(0).getCOSObject().getItem(COSName.ANNOTS));
            kids.add(page);
            kids.add(doc.getPage(1).getCOSObject());
            pages.setItem(COSName.KIDS, kids);
            pages.setInt(COSName.COUNT, 2);
            catalog.setItem(COSName.PAGES, pages);
            catalog.setNeedToBeUpdated(true);
            pages.setNeedToBeUpdated(true);
            page.setNeedToBeUpdated(true);
            doc.getDocument().getTrailer().setItem(COSName.ROOT, catalog);
            doc.getDocument().getTrailer().setNeedToBeUpdated(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Incremental saving attack: objects appended after %%EOF with no cross-reference section nor trailer. */
    byte[] appendedWithoutXref() {
        byte[] signed = plainSigned();
        int contentObj = objectNumberOfFirstPageContent(signed);
        String body = "\n" + contentObj + " 0 obj\n<< /Length 44 >>\nstream\n"
                + "BT /F1 14 Tf 72 760 Td (Changed text) Tj ET\nendstream\nendobj\n%%EOF\n";
        return concat(signed, body.getBytes(StandardCharsets.US_ASCII));
    }

    /** Bytes after the last %%EOF that are not an update. */
    byte[] trailingGarbage() {
        return concat(plainSigned(), "\n1 0 obj garbage that a lenient viewer may still read\n"
                .getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * Signature wrapping: the signed second range is moved to the end of the file; the hole grows to hold, after
     * the original /Contents, new objects (a redefined signature dictionary whose /ByteRange points at the moved
     * range, and a redefined page content), and a final update points at them. The signed bytes, as the new byte
     * range selects them, are unchanged.
     */
    byte[] signatureWrapping() {
        byte[] s = plainSigned();
        long[] r = byteRange(s, "Signature1");
        int b = (int) r[1];
        int c = (int) r[2];
        int sigObj;
        int contentObj;
        String trailerRoot;
        int size;
        String mDate;
        try (PDDocument doc = Loader.loadPDF(s)) {
            COSDictionary field = (COSDictionary) doc.getDocumentCatalog().getAcroForm().getField("Signature1")
                    .getCOSObject();
            sigObj = field.getCOSObject(COSName.V).getKey().getNumber() > 0
                    ? (int) field.getCOSObject(COSName.V).getKey().getNumber() : -1;
            contentObj = objectNumberOfFirstPageContent(s);
            COSObjectKey root = doc.getDocument().getTrailer().getCOSObject(COSName.ROOT).getKey();
            trailerRoot = root.getNumber() + " " + root.getGeneration() + " R";
            size = doc.getDocument().getTrailer().getInt(COSName.SIZE);
            mDate = ((COSDictionary) field.getDictionaryObject(COSName.V)).getString(COSName.M);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] hex = Arrays.copyOfRange(s, b, c); // "<...>"
        byte[] second = Arrays.copyOfRange(s, c, s.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(s, 0, b);
        out.writeBytes(hex);
        Map<Integer, Integer> offsets = new LinkedHashMap<>();
        String content = "BT /F1 14 Tf 72 760 Td (QUYET DINH so 99/QD-UBND - wrapped) Tj ET";
        offsets.put(contentObj, out.size() + 1);
        out.writeBytes(("\n" + contentObj + " 0 obj\n<< /Length " + content.length() + " >>\nstream\n" + content
                + "\nendstream\nendobj\n").getBytes(StandardCharsets.US_ASCII));
        // the new signature dictionary's byte range: [0 b c2 len(second)], c2 = where "second" will start
        String head = "\n" + sigObj + " 0 obj\n<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached"
                + " /M (" + mDate + ") /ByteRange [0 " + b + " ";
        int sigStart = out.size() + 1;
        // the length of the c2 number changes the position; pad to a fixed width
        int c2Guess = out.size() + head.length() + 10 + 4 + hex.length + 20;
        String tail = " " + second.length + "] /Contents ";
        int c2 = out.size() + head.length() + 10 + tail.length() + hex.length + " >>\nendobj\n".length();
        offsets.put(sigObj, sigStart);
        out.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(String.format("%010d", c2).getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(tail.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(hex);
        out.writeBytes(" >>\nendobj\n".getBytes(StandardCharsets.US_ASCII));
        if (out.size() != c2 || c2Guess < 0) {
            throw new IllegalStateException("wrapping offsets are wrong: " + out.size() + " != " + c2);
        }
        out.writeBytes(second);
        long prevXref = lastStartxref(s);
        int xref = out.size();
        StringBuilder x = new StringBuilder("xref\n");
        for (Map.Entry<Integer, Integer> e : offsets.entrySet()) {
            x.append(e.getKey()).append(" 1\n").append(String.format("%010d 00000 n \n", e.getValue()));
        }
        x.append("trailer\n<< /Size ").append(size).append(" /Root ").append(trailerRoot).append(" /Prev ")
                .append(prevXref).append(" >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        out.writeBytes(x.toString().getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    /** A visible signature whose appearance stream is replaced by a later update (spoofed appearance). */
    byte[] spoofedAppearance() {
        byte[] signed = TestSigning.sign(TestSigning.document(1, false), pki, pki.person(),
                TestSigning.Options.plain("Signature1").visibleAt(new PDRectangle(330, 60, 160, 60), Color.BLUE));
        return update(signed, doc -> {
            PDSignatureField f = (PDSignatureField) doc.getDocumentCatalog().getAcroForm().getField("Signature1");
            PDAnnotationWidget w = f.getWidgets().get(0);
            COSStream ap = (COSStream) w.getAppearance().getNormalAppearance().getAppearanceStream().getCOSObject();
            rewrite(ap, "1 0 0 rg 0 0 160 60 re f");
        });
    }

    /** A later signature whose opaque white appearance hides the signed text ("sneaky signature"). */
    byte[] sneakySignature() {
        return TestSigning.sign(plainSigned(), pki, pki.organisation(),
                TestSigning.Options.plain("Signature2").hidingWithWhiteBox(new PDRectangle(60, 600, 480, 180)));
    }

    /** A certification signature that permits no change (DocMDP P=1), then another signature. */
    byte[] certifiedNoChangesThenSigned() {
        byte[] certified = TestSigning.sign(TestSigning.document(1, false), pki, pki.person(),
                TestSigning.Options.plain("Signature1").certify(1));
        return TestSigning.sign(certified, pki, pki.organisation(), TestSigning.Options.plain("Signature2"));
    }

    /** A certification signature with P=1, then form filling. */
    byte[] certifiedNoChangesThenFilled() {
        byte[] certified = TestSigning.sign(TestSigning.document(1, true), pki, pki.person(),
                TestSigning.Options.plain("Signature1").certify(1));
        return formFilled(certified);
    }

    byte[] signedBy(TestPki.Identity id) {
        return TestSigning.sign(TestSigning.document(1, false), pki, id, TestSigning.Options.plain("Signature1"));
    }

    // ---------------------------------------------------------------------------------------------- helpers

    interface Change {
        void apply(PDDocument doc) throws IOException;
    }

    static byte[] update(byte[] pdf, Change change) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            change.apply(doc);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    interface Prepare {
        Object apply(PDDocument doc) throws IOException;
    }

    private static byte[] withPage(Prepare p) {
        try (PDDocument doc = Loader.loadPDF(TestSigning.document(1, false,
                "QUYET DINH so 05/QD-UBND (hidden: so tien 900.000.000 dong)"))) {
            p.apply(doc);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void rewrite(COSStream s, String content) throws IOException {
        s.removeItem(COSName.FILTER);
        try (OutputStream out = s.createOutputStream()) {
            out.write(content.getBytes(StandardCharsets.US_ASCII));
        }
        s.setNeedToBeUpdated(true);
    }

    private static COSStream stream(PDDocument doc, byte[] data) {
        COSStream s = doc.getDocument().createCOSStream();
        try (OutputStream out = s.createOutputStream()) {
            out.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return s;
    }

    static long[] byteRange(byte[] pdf, String field) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDSignatureField f = (PDSignatureField) doc.getDocumentCatalog().getAcroForm().getField(field);
            int[] r = f.getSignature().getByteRange();
            return new long[] {r[0], r[1], r[2], r[3]};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int objectNumberOfFirstPageContent(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return (int) doc.getPage(0).getCOSObject().getCOSObject(COSName.CONTENTS).getKey().getNumber();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long lastStartxref(byte[] pdf) {
        String tail = new String(pdf, Math.max(0, pdf.length - 64), Math.min(64, pdf.length),
                StandardCharsets.ISO_8859_1);
        int i = tail.lastIndexOf("startxref");
        return Long.parseLong(tail.substring(i + 9).strip().split("\\s+")[0]);
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
