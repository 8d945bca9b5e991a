package vn.edoc.signature.verify;

import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The form fields of one revision (trường biểu mẫu), walked from {@code /AcroForm /Fields} by hand with a depth and
 * count limit and cycle detection, since a crafted field tree must not hang or overflow the stack: each terminal
 * field by its fully qualified name, its type (inherited), whether it holds a value, and its widgets.
 */
final class Fields {

    private static final int MAX_DEPTH = 32;

    /** One terminal field. */
    record Field(String name, COSDictionary dict, String type, List<COSDictionary> widgets) {

        boolean isSignature() {
            return "Sig".equals(type);
        }

        /** The value: for a signature field its signature dictionary. */
        COSBase value() {
            COSBase v = CosCompare.resolve(inherited(dict, COSName.V));
            return v instanceof org.apache.pdfbox.cos.COSNull ? null : v;
        }

        boolean isSigned() {
            return isSignature() && value() instanceof COSDictionary;
        }
    }

    private final Map<String, Field> byName = new LinkedHashMap<>();
    private final Map<COSDictionary, Field> byWidget = new IdentityHashMap<>();
    private final int maxFields;

    private Fields(int maxFields) {
        this.maxFields = maxFields;
    }

    static Fields of(PDDocument doc, int maxFields) {
        Fields f = new Fields(maxFields);
        COSDictionary acro = doc.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.ACRO_FORM);
        if (acro != null) {
            COSArray fields = acro.getCOSArray(COSName.FIELDS);
            if (fields != null) {
                java.util.Set<COSBase> seen = CosCompare.identitySet();
                for (COSBase kid : fields) {
                    f.walk(CosCompare.resolve(kid), "", 0, seen);
                }
            }
        }
        return f;
    }

    private void walk(COSBase node, String prefix, int depth, java.util.Set<COSBase> seen) {
        if (!(node instanceof COSDictionary d) || depth > MAX_DEPTH || !seen.add(d)) {
            return;
        }
        if (byName.size() >= maxFields) {
            throw new Budget.Exhausted("more than " + maxFields + " form fields");
        }
        String part = d.getItem(COSName.T) instanceof COSString s ? s.getString()
                : CosCompare.resolve(d.getItem(COSName.T)) instanceof COSString s2 ? s2.getString() : null;
        String name = part == null ? prefix : prefix.isEmpty() ? part : prefix + "." + part;
        COSArray kids = d.getCOSArray(COSName.KIDS);
        List<COSDictionary> childFields = new java.util.ArrayList<>();
        List<COSDictionary> widgets = new java.util.ArrayList<>();
        if (kids != null) {
            for (COSBase k : kids) {
                COSBase kid = CosCompare.resolve(k);
                if (kid instanceof COSDictionary kd) {
                    if (kd.containsKey(COSName.T) || kd.containsKey(COSName.KIDS)) {
                        childFields.add(kd);
                    } else {
                        widgets.add(kd);
                    }
                }
            }
        }
        if (childFields.isEmpty()) {
            if (widgets.isEmpty() && (d.containsKey(COSName.RECT) || COSName.WIDGET.equals(
                    d.getCOSName(COSName.SUBTYPE)))) {
                widgets.add(d);
            }
            String type = CosCompare.resolve(inherited(d, COSName.FT)) instanceof COSName n ? n.getName() : "";
            String key = name;
            for (int i = 2; byName.containsKey(key); i++) {
                key = name + "#" + i; // two fields with the same name: keep both
            }
            Field field = new Field(key, d, type, List.copyOf(widgets));
            byName.put(key, field);
            for (COSDictionary w : widgets) {
                byWidget.put(w, field);
            }
        } else {
            for (COSDictionary c : childFields) {
                walk(c, name, depth + 1, seen);
            }
        }
    }

    static COSBase inherited(COSDictionary d, COSName key) {
        COSDictionary cur = d;
        for (int i = 0; i < MAX_DEPTH && cur != null; i++) {
            COSBase v = cur.getItem(key);
            if (v != null) {
                return v;
            }
            cur = CosCompare.resolve(cur.getItem(COSName.PARENT)) instanceof COSDictionary p ? p : null;
        }
        return null;
    }

    Map<String, Field> byName() {
        return byName;
    }

    Field ofWidget(COSDictionary widget) {
        return byWidget.get(widget);
    }
}
