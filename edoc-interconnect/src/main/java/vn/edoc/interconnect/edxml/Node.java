package vn.edoc.interconnect.edxml;

import java.util.ArrayList;
import java.util.List;
import vn.edoc.spi.ContentRef;

/** One element of a package as read, before it is mapped to the model: name, path, text and children. */
final class Node {

    final String ns;
    final String local;
    final String path;
    final StringBuilder text = new StringBuilder();
    final List<Node> children = new ArrayList<>();
    ContentRef content;

    Node(String ns, String local, String path) {
        this.ns = ns;
        this.local = local;
        this.path = path;
    }

    /** The first child named {@code name}, or {@code null}. */
    Node child(String name) {
        for (Node n : children) {
            if (n.local.equals(name)) {
                return n;
            }
        }
        return null;
    }

    /** Every child named {@code name}. */
    List<Node> all(String name) {
        List<Node> found = new ArrayList<>();
        for (Node n : children) {
            if (n.local.equals(name)) {
                found.add(n);
            }
        }
        return found;
    }

    /** The text, stripped of the spaces and line breaks pretty-printing puts around values. */
    String value() {
        return text.toString().strip();
    }

    /** The path of a child of this node. */
    String pathOf(String name, int index) {
        return path + "/" + name + (index > 0 ? "[" + (index + 1) + "]" : "");
    }
}
