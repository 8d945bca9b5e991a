package vn.edoc.signature.verify;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import vn.edoc.spi.VerificationViolation;
import vn.edoc.validation.Violation;

/**
 * Classifies what the incremental updates after a signed revision changed (phân loại thay đổi sau khi ký), by
 * comparing the object graph of the signed revision with the final one, part by part: the catalog, each page (its
 * content, resources and geometry), each page's annotations, the form fields and the AcroForm. Later signatures,
 * the DSS dictionary, document timestamps and form filling are set apart as allowed (the caller applies the locks);
 * everything else that differs is a finding. Pages where anything differs, even allowed, are then rendered and
 * compared by {@link PageRenderCompare}, which catches what the object comparison allows but the eye would see (a
 * later signature drawn over the text).
 */
final class ChangeAnalyzer {

    private static final COSName DSS = COSName.getPDFName("DSS");
    private static final COSName DOC_MDP = COSName.getPDFName("DocMDP");
    private static final COSName TRANSFORM_METHOD = COSName.getPDFName("TransformMethod");
    private static final COSName TRANSFORM_PARAMS = COSName.getPDFName("TransformParams");
    private static final COSName REFERENCE = COSName.getPDFName("Reference");
    private static final COSName EXTENSIONS = COSName.getPDFName("Extensions");
    private static final Set<COSName> CATALOG_ALLOWED = Set.of(COSName.ACRO_FORM, DSS, COSName.PAGES,
            COSName.METADATA, COSName.VERSION, EXTENSIONS);
    private static final Set<COSName> ACROFORM_SEPARATE = Set.of(COSName.FIELDS, COSName.SIG_FLAGS, COSName.DR);
    private static final Set<COSName> WIDGET_KEYS = Set.of(COSName.AP, COSName.AS, COSName.MK, COSName.V,
            COSName.M);
    private static final Set<COSName> FIELD_VS_WIDGET = Set.of(COSName.KIDS, COSName.AP, COSName.AS, COSName.MK,
            COSName.RECT, COSName.F, COSName.P, COSName.M, COSName.getPDFName("StructParent"));

    private final PDDocument before;
    private final PDDocument after;
    private final Budget budget;
    private final List<Violation> violations = new ArrayList<>();
    private final Set<String> formFills = new LinkedHashSet<>();
    private final Set<String> addedSignatures = new LinkedHashSet<>();
    private final Set<String> allowed = new LinkedHashSet<>();
    /** Per page index (0-based): where pixels may change (new signature widgets, filled fields). */
    private final Map<Integer, List<Rectangle2D>> allowedAreas = new TreeMap<>();
    private final Set<Integer> changedPages = new java.util.TreeSet<>();

    private ChangeAnalyzer(PDDocument before, PDDocument after, Budget budget) {
        this.before = before;
        this.after = after;
        this.budget = budget;
    }

    /**
     * The outcome of one comparison.
     *
     * @param changes       what changed
     * @param pagesToRender every page (0-based) where something changed, with the areas of allowed new signatures
     */
    record Analysis(ChangeSet changes, Map<Integer, List<Rectangle2D>> pagesToRender) {
    }

    /** The changes from {@code before} (the signed revision) to {@code after} (the final document). */
    static Analysis analyze(PDDocument before, PDDocument after, Budget budget) {
        ChangeAnalyzer a = new ChangeAnalyzer(before, after, budget);
        a.run();
        ChangeSet set = new ChangeSet(a.violations, List.copyOf(a.formFills), List.copyOf(a.addedSignatures),
                List.copyOf(a.allowed), docMdp(before));
        return new Analysis(set, a.pagesToRender());
    }

    private void run() {
        List<COSDictionary> oldPages = pages(before);
        List<COSDictionary> newPages = pages(after);
        CosCompare cmp = new CosCompare(budget, index(oldPages), index(newPages));
        COSDictionary oldCat = before.getDocumentCatalog().getCOSObject();
        COSDictionary newCat = after.getDocumentCatalog().getCOSObject();

        // 1. the catalog, except what later signatures and validation data legitimately change
        Set<COSName> keys = new LinkedHashSet<>(oldCat.keySet());
        keys.addAll(newCat.keySet());
        for (COSName key : keys) {
            if (CATALOG_ALLOWED.contains(key) || key.equals(COSName.TYPE)) {
                continue;
            }
            cmp.difference(item(oldCat, key), item(newCat, key)).ifPresent(d ->
                    violations.add(VerificationViolation.CATALOG_CHANGED.at("/Root/" + key.getName(),
                            "/" + key.getName() + d)));
        }
        if (!cmp.difference(item(oldCat, DSS), item(newCat, DSS)).isEmpty()) {
            allowed.add("validation data (DSS dictionary)");
        }

        // 2. the pages, one by one
        if (oldPages.size() != newPages.size()) {
            violations.add(VerificationViolation.PAGES_ADDED_OR_REMOVED.at("/Root/Pages", oldPages.size(),
                    newPages.size()));
        }
        Fields oldFields = Fields.of(before, budget.limits().maxComparedObjects());
        Fields newFields = Fields.of(after, budget.limits().maxComparedObjects());
        for (int i = 0; i < Math.min(oldPages.size(), newPages.size()); i++) {
            comparePage(cmp, i, oldPages.get(i), newPages.get(i), oldFields, newFields);
        }

        // 3. the form fields and the AcroForm
        compareFields(cmp, oldFields, newFields);
        COSDictionary oldAcro = oldCat.getCOSDictionary(COSName.ACRO_FORM);
        COSDictionary newAcro = newCat.getCOSDictionary(COSName.ACRO_FORM);
        if (oldAcro != null || newAcro != null) {
            COSDictionary oa = oldAcro == null ? new COSDictionary() : oldAcro;
            COSDictionary na = newAcro == null ? new COSDictionary() : newAcro;
            Set<COSName> skip = new java.util.HashSet<>(ACROFORM_SEPARATE);
            // a default appearance may be added for new widgets (PDFBox and others add one), not changed
            if (oa.getItem(COSName.DA) == null) {
                skip.add(COSName.DA);
            }
            cmp.difference(oa, na, skip).ifPresent(d ->
                    violations.add(VerificationViolation.CATALOG_CHANGED.at("/Root/AcroForm", "/AcroForm" + d)));
            // resources for appearances may be added, not changed
            COSDictionary odr = oa.getCOSDictionary(COSName.DR);
            COSDictionary ndr = na.getCOSDictionary(COSName.DR);
            if (odr != null) {
                subsetDifference(cmp, odr, ndr == null ? new COSDictionary() : ndr, 0).ifPresent(d ->
                        violations.add(VerificationViolation.CATALOG_CHANGED.at("/Root/AcroForm/DR",
                                "/AcroForm/DR" + d)));
            }
        }
    }

    /** Differences in what {@code a} has (b may have more), one level of sub-dictionaries deep. */
    private Optional<String> subsetDifference(CosCompare cmp, COSDictionary a, COSDictionary b, int depth) {
        for (COSName key : a.keySet()) {
            COSBase va = CosCompare.resolve(a.getItem(key));
            COSBase vb = CosCompare.resolve(b.getItem(key));
            if (depth == 0 && va instanceof COSDictionary da && vb instanceof COSDictionary db
                    && !(va instanceof org.apache.pdfbox.cos.COSStream)) {
                Optional<String> d = subsetDifference(cmp, da, db, 1);
                if (d.isPresent()) {
                    return Optional.of("/" + key.getName() + d.get());
                }
            } else {
                Optional<String> d = cmp.difference(va, vb);
                if (d.isPresent()) {
                    return Optional.of("/" + key.getName() + d.get());
                }
            }
        }
        return Optional.empty();
    }

    private void comparePage(CosCompare cmp, int i, COSDictionary op, COSDictionary np, Fields oldFields,
                             Fields newFields) {
        String where = "page " + (i + 1);
        PDPage oldPage = new PDPage(op);
        PDPage newPage = new PDPage(np);
        cmp.difference(item(op, COSName.CONTENTS), item(np, COSName.CONTENTS)).ifPresent(d -> {
            violations.add(VerificationViolation.PAGE_CONTENT_CHANGED.at(where, where + " /Contents" + d));
            changedPages.add(i);
        });
        COSBase or = oldPage.getResources() == null ? null : oldPage.getResources().getCOSObject();
        COSBase nr = newPage.getResources() == null ? null : newPage.getResources().getCOSObject();
        cmp.difference(or, nr).ifPresent(d -> {
            violations.add(VerificationViolation.PAGE_RESOURCES_CHANGED.at(where, where + " /Resources" + d));
            changedPages.add(i);
        });
        if (!oldPage.getMediaBox().toString().equals(newPage.getMediaBox().toString())
                || !oldPage.getCropBox().toString().equals(newPage.getCropBox().toString())
                || oldPage.getRotation() != newPage.getRotation()) {
            violations.add(VerificationViolation.PAGE_CONTENT_CHANGED.at(where, where + " geometry (MediaBox, "
                    + "CropBox or Rotate)"));
            changedPages.add(i);
        }
        cmp.difference(op, np, Set.of(COSName.ANNOTS, COSName.CONTENTS, COSName.RESOURCES, COSName.MEDIA_BOX,
                COSName.CROP_BOX, COSName.ROTATE)).ifPresent(d -> {
            violations.add(VerificationViolation.PAGE_CONTENT_CHANGED.at(where, where + d));
            changedPages.add(i);
        });
        compareAnnotations(cmp, i, where, op, np, oldFields, newFields);
    }

    private void compareAnnotations(CosCompare cmp, int page, String where, COSDictionary op, COSDictionary np,
                                    Fields oldFields, Fields newFields) {
        Map<Object, COSDictionary> old = annotations(op);
        Map<Object, COSDictionary> now = annotations(np);
        for (Map.Entry<Object, COSDictionary> e : now.entrySet()) {
            budget.visit();
            COSDictionary annot = e.getValue();
            String subtype = annot.getCOSName(COSName.SUBTYPE) == null ? "?" : annot.getCOSName(COSName.SUBTYPE)
                    .getName();
            Fields.Field field = newFields.ofWidget(annot);
            COSDictionary was = old.get(e.getKey());
            if (was == null) {
                changedPages.add(page);
                Fields.Field before = field == null ? null : oldFields.byName().get(field.name());
                if (field != null && field.isSignature() && (before == null || !before.isSigned())) {
                    // the widget of a later signature or document timestamp
                    allowedAreas.computeIfAbsent(page, k -> new ArrayList<>()).add(rect(annot));
                } else {
                    violations.add(VerificationViolation.ANNOTATION_ADDED.at(where, subtype));
                }
                continue;
            }
            Optional<String> d = cmp.difference(was, annot, Set.of(COSName.P, COSName.PARENT));
            if (d.isEmpty()) {
                continue;
            }
            changedPages.add(page);
            Fields.Field oldField = field == null ? null : oldFields.byName().get(field.name());
            if (field == null || oldField == null) {
                violations.add(VerificationViolation.ANNOTATION_CHANGED.at(where, subtype + d.get()));
            } else if (oldField.isSigned()) {
                Optional<String> ap = cmp.difference(item(was, COSName.AP), item(annot, COSName.AP));
                if (ap.isPresent()) {
                    violations.add(VerificationViolation.SIGNATURE_APPEARANCE_CHANGED.at(where, field.name()));
                } else {
                    violations.add(VerificationViolation.SIGNED_FIELD_CHANGED.at(where, field.name()));
                }
            } else {
                Set<COSName> skip = new java.util.HashSet<>(WIDGET_KEYS);
                skip.add(COSName.P);
                Optional<String> other = cmp.difference(was, annot, skip);
                if (other.isPresent()) {
                    violations.add(VerificationViolation.ANNOTATION_CHANGED.at(where, subtype + other.get()));
                } else if (!field.isSignature()) {
                    formFills.add(field.name()); // a new appearance of a filled field: permitted as the value is
                    allowedAreas.computeIfAbsent(page, k -> new ArrayList<>()).add(rect(annot));
                }
            }
        }
        for (Map.Entry<Object, COSDictionary> e : old.entrySet()) {
            if (!now.containsKey(e.getKey())) {
                changedPages.add(page);
                COSName st = e.getValue().getCOSName(COSName.SUBTYPE);
                violations.add(VerificationViolation.ANNOTATION_CHANGED.at(where, (st == null ? "?" : st.getName())
                        + " (removed)"));
            }
        }
    }

    private void compareFields(CosCompare cmp, Fields oldFields, Fields newFields) {
        for (Fields.Field f : oldFields.byName().values()) {
            budget.visit();
            Fields.Field n = newFields.byName().get(f.name());
            if (n == null) {
                violations.add(VerificationViolation.FIELDS_ADDED_OR_REMOVED.at(f.name(), "removed " + f.name()));
                continue;
            }
            if (f.isSigned()) {
                cmp.difference(f.dict(), n.dict(), FIELD_VS_WIDGET).ifPresent(d ->
                        violations.add(VerificationViolation.SIGNED_FIELD_CHANGED.at(f.name(), f.name())));
                continue;
            }
            Set<COSName> skip = new java.util.HashSet<>(FIELD_VS_WIDGET);
            skip.add(COSName.V);
            skip.add(COSName.getPDFName("Lock"));
            cmp.difference(f.dict(), n.dict(), skip).ifPresent(d ->
                    violations.add(VerificationViolation.FORM_FIELD_CHANGED.at(f.name(), f.name(), d)));
            if (f.isSignature()) {
                if (n.isSigned()) {
                    laterSignature(n);
                }
            } else if (cmp.difference(f.value(), n.value()).isPresent()) {
                formFills.add(f.name());
            }
        }
        for (Fields.Field n : newFields.byName().values()) {
            if (oldFields.byName().containsKey(n.name())) {
                continue;
            }
            if (n.isSignature()) {
                if (n.isSigned()) {
                    laterSignature(n);
                }
            } else {
                violations.add(VerificationViolation.FIELDS_ADDED_OR_REMOVED.at(n.name(), "added " + n.name()));
            }
        }
    }

    private void laterSignature(Fields.Field field) {
        COSDictionary sig = (COSDictionary) field.value();
        COSName sub = sig.getCOSName(COSName.SUB_FILTER);
        if (sub != null && "ETSI.RFC3161".equals(sub.getName())) {
            allowed.add("document timestamp " + field.name());
        } else {
            allowed.add("later signature " + field.name());
            addedSignatures.add(field.name());
        }
    }

    private Map<Integer, List<Rectangle2D>> pagesToRender() {
        Map<Integer, List<Rectangle2D>> out = new TreeMap<>();
        for (int p : changedPages) {
            out.put(p, allowedAreas.getOrDefault(p, List.of()));
        }
        return out;
    }

    private static Rectangle2D rect(COSDictionary annot) {
        COSArray r = annot.getCOSArray(COSName.RECT);
        if (r == null || r.size() != 4) {
            return new Rectangle2D.Float();
        }
        float[] v = r.toFloatArray();
        float x0 = Math.min(v[0], v[2]);
        float y0 = Math.min(v[1], v[3]);
        return new Rectangle2D.Float(x0, y0, Math.abs(v[2] - v[0]), Math.abs(v[3] - v[1]));
    }

    /** Annotations of a page keyed by their object number (or position when direct). */
    private Map<Object, COSDictionary> annotations(COSDictionary page) {
        Map<Object, COSDictionary> out = new java.util.LinkedHashMap<>();
        COSBase annots = CosCompare.resolve(page.getItem(COSName.ANNOTS));
        if (annots instanceof COSArray arr) {
            for (int i = 0; i < arr.size(); i++) {
                budget.visit();
                COSBase raw = arr.get(i);
                COSBase a = CosCompare.resolve(raw);
                if (a instanceof COSDictionary d) {
                    Object key = raw instanceof COSObject o && o.getKey() != null ? o.getKey() : "direct#" + i;
                    out.put(key, d);
                }
            }
        }
        return out;
    }

    private List<COSDictionary> pages(PDDocument doc) {
        List<COSDictionary> out = new ArrayList<>();
        for (PDPage p : doc.getPages()) {
            budget.visit();
            out.add(p.getCOSObject());
        }
        return out;
    }

    private static Map<COSDictionary, Integer> index(List<COSDictionary> pages) {
        Map<COSDictionary, Integer> m = new IdentityHashMap<>();
        for (int i = 0; i < pages.size(); i++) {
            m.putIfAbsent(pages.get(i), i);
        }
        return m;
    }

    private static COSBase item(COSDictionary d, COSName key) {
        return d == null ? null : d.getItem(key);
    }

    /** The P value of the certification signature's DocMDP transform, 0 when the document is not certified. */
    static int docMdp(PDDocument doc) {
        COSDictionary perms = doc.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PERMS);
        if (perms == null) {
            return 0;
        }
        COSBase sig = CosCompare.resolve(perms.getItem(DOC_MDP));
        if (!(sig instanceof COSDictionary sd)) {
            return 0;
        }
        COSBase refs = CosCompare.resolve(sd.getItem(REFERENCE));
        if (refs instanceof COSArray arr) {
            for (COSBase r : arr) {
                if (CosCompare.resolve(r) instanceof COSDictionary ref
                        && DOC_MDP.equals(ref.getCOSName(TRANSFORM_METHOD))) {
                    COSBase params = CosCompare.resolve(ref.getItem(TRANSFORM_PARAMS));
                    if (params instanceof COSDictionary pd && CosCompare.resolve(pd.getItem(COSName.P))
                            instanceof COSInteger p) {
                        return (int) Math.max(1, Math.min(3, p.longValue()));
                    }
                    return 2;
                }
            }
        }
        return 2;
    }
}
