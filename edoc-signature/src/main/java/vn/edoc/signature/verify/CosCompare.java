package vn.edoc.signature.verify;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;

/**
 * Compares two PDF object graphs by value (the signed revision's and the final one's), following references, so
 * that an object redefined by a later update — a replaced content stream, font, image or form — is found however
 * it is reached. Two streams are equal when their dictionaries are and their raw bytes are, or else their decoded
 * bytes are. Back links that would drag the whole document into a local comparison ({@code /Parent}, an
 * annotation's {@code /P} page, a structure element's {@code /Pg}) are not followed; a page reached from elsewhere
 * (a destination, an outline) is equal to a page when both are the same page number, since pages are compared one
 * by one by the caller.
 */
final class CosCompare {

    private static final int MAX_DEPTH = 200;

    private final Budget budget;
    private final Map<COSDictionary, Integer> oldPages;
    private final Map<COSDictionary, Integer> newPages;
    /** Pairs under comparison in the current call, assumed equal so that cycles end. */
    private final Map<COSBase, Set<COSBase>> assumedEqual = new IdentityHashMap<>();
    /** Pairs proven equal by earlier calls (a call that found no difference proves every pair it visited). */
    private final Map<COSBase, Set<COSBase>> provenEqual = new IdentityHashMap<>();

    CosCompare(Budget budget, Map<COSDictionary, Integer> oldPages, Map<COSDictionary, Integer> newPages) {
        this.budget = budget;
        this.oldPages = oldPages;
        this.newPages = newPages;
    }

    /** The first difference between {@code a} and {@code b}, as a path, or empty when they are equal. */
    Optional<String> difference(COSBase a, COSBase b) {
        return settle(diff(a, b, "", 0));
    }

    /** The first difference between two dictionaries, not looking at {@code skip} keys. */
    Optional<String> difference(COSDictionary a, COSDictionary b, Set<COSName> skip) {
        return settle(dictDiff(a, b, "", 0, skip));
    }

    private Optional<String> settle(Optional<String> result) {
        if (result.isEmpty()) {
            assumedEqual.forEach((a, bs) -> provenEqual.computeIfAbsent(a, k -> identitySet()).addAll(bs));
        }
        assumedEqual.clear();
        return result;
    }

    private Optional<String> diff(COSBase a0, COSBase b0, String path, int depth) {
        budget.visit();
        if (depth > MAX_DEPTH) {
            throw new Budget.Exhausted("object nesting deeper than " + MAX_DEPTH);
        }
        COSBase a = resolve(a0);
        COSBase b = resolve(b0);
        if (a == b) {
            return Optional.empty();
        }
        if (a instanceof COSNull || b instanceof COSNull) {
            return a instanceof COSNull && b instanceof COSNull ? Optional.empty()
                    : Optional.of(path + " (added or removed)");
        }
        if (a.getClass() != b.getClass() && !(a instanceof COSNumber && b instanceof COSNumber)) {
            return Optional.of(path + " (type changed)");
        }
        if (a instanceof COSDictionary da) {
            // cycles: a pair already under comparison is assumed equal; its other paths decide
            Set<COSBase> proven = provenEqual.get(a);
            if (proven != null && proven.contains(b)) {
                return Optional.empty();
            }
            Set<COSBase> seen = assumedEqual.computeIfAbsent(a, k -> identitySet());
            if (!seen.add(b)) {
                return Optional.empty();
            }
            Integer pa = oldPages.get(da);
            Integer pb = newPages.get((COSDictionary) b);
            if (pa != null || pb != null) {
                return pa != null && pa.equals(pb) ? Optional.empty() : Optional.of(path + " (another page)");
            }
            Optional<String> d = dictDiff(da, (COSDictionary) b, path, depth, Set.of());
            if (d.isEmpty() && a instanceof COSStream sa) {
                return streamDiff(sa, (COSStream) b, path);
            }
            return d;
        }
        if (a instanceof COSArray aa) {
            COSArray ab = (COSArray) b;
            if (aa.size() != ab.size()) {
                return Optional.of(path + " (array of " + aa.size() + " became " + ab.size() + ")");
            }
            for (int i = 0; i < aa.size(); i++) {
                Optional<String> d = diff(aa.get(i), ab.get(i), path + "[" + i + "]", depth + 1);
                if (d.isPresent()) {
                    return d;
                }
            }
            return Optional.empty();
        }
        if (a instanceof COSString sa) {
            return Arrays.equals(sa.getBytes(), ((COSString) b).getBytes()) ? Optional.empty()
                    : Optional.of(path + " (text changed)");
        }
        if (a instanceof COSInteger ia && b instanceof COSInteger ib) {
            return ia.longValue() == ib.longValue() ? Optional.empty() : Optional.of(path + " (number changed)");
        }
        if (a instanceof COSNumber na && b instanceof COSNumber nb) {
            boolean same = (a instanceof COSFloat || b instanceof COSFloat)
                    && Float.compare(na.floatValue(), nb.floatValue()) == 0;
            return same ? Optional.empty() : Optional.of(path + " (number changed)");
        }
        if (a instanceof COSName || a instanceof COSBoolean) {
            return a.equals(b) ? Optional.empty() : Optional.of(path + " (value changed)");
        }
        return a.equals(b) ? Optional.empty() : Optional.of(path + " (changed)");
    }

    private Optional<String> dictDiff(COSDictionary a, COSDictionary b, String path, int depth, Set<COSName> skip) {
        Set<COSName> keys = new TreeSet<>(java.util.Comparator.comparing(COSName::getName));
        keys.addAll(a.keySet());
        keys.addAll(b.keySet());
        boolean stream = a instanceof COSStream;
        for (COSName key : keys) {
            if (skip.contains(key) || key.equals(COSName.PARENT)
                    || stream && (key.equals(COSName.LENGTH) || key.equals(COSName.DL))) {
                continue;
            }
            COSBase va = a.getItem(key);
            COSBase vb = b.getItem(key);
            if (isBackLink(key, va) && isBackLink(key, vb)) {
                continue;
            }
            if (va == null || vb == null) {
                if (va == null && vb == null) {
                    continue;
                }
                return Optional.of(path + "/" + key.getName() + (va == null ? " (added)" : " (removed)"));
            }
            Optional<String> d = diff(va, vb, path + "/" + key.getName(), depth + 1);
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    /** An annotation's or structure element's link back to its page, compared page by page elsewhere. */
    private static boolean isBackLink(COSName key, COSBase value) {
        if (value == null || !(key.equals(COSName.P) || key.equals(COSName.PG))) {
            return value == null;
        }
        COSBase v = resolve(value);
        return v instanceof COSDictionary d && COSName.PAGE.equals(d.getCOSName(COSName.TYPE));
    }

    private Optional<String> streamDiff(COSStream a, COSStream b, String path) {
        try {
            if (sameBytes(a.createRawInputStream(), b.createRawInputStream(), false)) {
                return Optional.empty();
            }
            return sameBytes(a.createInputStream(), b.createInputStream(), true) ? Optional.empty()
                    : Optional.of(path + " (stream data changed)");
        } catch (IOException | RuntimeException e) {
            if (e instanceof Budget.Exhausted ex) {
                throw ex;
            }
            return Optional.of(path + " (stream cannot be decoded: " + e.getMessage() + ")");
        }
    }

    private boolean sameBytes(InputStream x, InputStream y, boolean count) throws IOException {
        try (InputStream a = x; InputStream b = y) {
            byte[] ba = new byte[8192];
            byte[] bb = new byte[8192];
            while (true) {
                int na = a.readNBytes(ba, 0, ba.length);
                int nb = b.readNBytes(bb, 0, bb.length);
                if (count) {
                    budget.decoded(na + (long) nb);
                }
                if (na != nb || !Arrays.equals(ba, 0, na, bb, 0, nb)) {
                    return false;
                }
                if (na < ba.length) {
                    return true;
                }
            }
        }
    }

    static COSBase resolve(COSBase base) {
        COSBase b = base;
        // a reference to a reference is legal but rare; a chain longer than a few links is hostile
        for (int i = 0; i < 8 && b instanceof COSObject o; i++) {
            b = o.getObject();
        }
        if (b == null || b instanceof COSObject) {
            return COSNull.NULL;
        }
        return b;
    }

    /** The identity set of dictionaries, for callers that keep their own visited sets. */
    static Set<COSBase> identitySet() {
        return java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    }
}
