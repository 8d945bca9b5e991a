package vn.edoc.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.edoc.validation.ValidationResult;
import vn.edoc.validation.Violation;

/**
 * What one run of the command-line tool writes to, and how: the UTF-8 writers for stdout and stderr, the
 * global options ({@code --text}, {@code --pretty}, {@code --lang}, {@code --debug}) and the rendering of
 * answers as JSON or as text. One instance per run; nothing global.
 */
final class Console {

    /** The language of messages (ngôn ngữ thông báo). */
    enum Lang {
        EN, VI;

        static Lang parse(String s) {
            return switch (s == null ? "" : s.trim().toLowerCase(Locale.ROOT)) {
                case "en" -> EN;
                case "vi" -> VI;
                default -> throw new IllegalArgumentException("expected 'en' or 'vi'");
            };
        }
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final PrintWriter out;
    private final PrintWriter err;
    private ObjectMapper mapper;

    boolean text;
    boolean pretty;
    boolean debug;
    Lang lang = Lang.EN;

    Console(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    PrintWriter out() {
        return out;
    }

    PrintWriter err() {
        return err;
    }

    /** English or Vietnamese, following {@code --lang}. */
    String say(String en, String vi) {
        return lang == Lang.VI ? vi : en;
    }

    ObjectNode object() {
        return NODES.objectNode();
    }

    ArrayNode array() {
        return NODES.arrayNode();
    }

    /** The violations as {@code [{"code","rule","message","path","severity","article"}]}, message in the chosen language. */
    ArrayNode violations(List<Violation> violations) {
        ArrayNode array = array();
        for (Violation v : violations) {
            ObjectNode o = array.addObject();
            o.put("code", v.code());
            o.put("rule", v.ruleId());
            o.put("message", lang == Lang.VI ? v.messageVi() : v.messageEn());
            o.put("path", v.path());
            o.put("severity", v.severity().name().toLowerCase(Locale.ROOT));
            o.put("article", v.article());
        }
        return array;
    }

    ArrayNode violations(ValidationResult result) {
        return violations(result.violations());
    }

    /** Writes an answer on stdout and returns {@code exitCode}. */
    int emit(ObjectNode answer, int exitCode) {
        write(out, answer);
        return exitCode;
    }

    /** Writes an answer (JSON or text) on the given writer. */
    void write(PrintWriter writer, ObjectNode answer) {
        if (text) {
            writer.print(Text.render(answer));
        } else {
            // "\n" rather than println: the same bytes on every platform
            writer.print(json(answer) + "\n");
        }
        writer.flush();
    }

    /** The answer as JSON, compact unless {@code --pretty}. */
    String json(JsonNode answer) {
        try {
            return pretty ? mapper().writerWithDefaultPrettyPrinter().writeValueAsString(answer)
                    : mapper().writeValueAsString(answer);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    ObjectMapper mapper() {
        if (mapper == null) {
            // created on first use only: keeps commands that print no JSON (help, text convert) fast to start
            mapper = new ObjectMapper()
                    .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                    .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        }
        return mapper;
    }

    /** The human-readable form of an answer ({@code --text}). */
    static final class Text {
        private Text() {
        }

        static String render(JsonNode node) {
            StringBuilder sb = new StringBuilder();
            object(sb, node, "");
            return sb.toString();
        }

        private static void object(StringBuilder sb, JsonNode node, String indent) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                field(sb, f.getKey(), f.getValue(), indent);
            }
        }

        private static void field(StringBuilder sb, String name, JsonNode value, String indent) {
            if (name.equals("violations") && value.isArray()) {
                if (value.isEmpty()) {
                    sb.append(indent).append("violations: none\n");
                    return;
                }
                sb.append(indent).append("violations:\n");
                for (JsonNode v : value) {
                    sb.append(indent).append("  - ").append(violation(v)).append('\n');
                }
                return;
            }
            if (value.isObject()) {
                sb.append(indent).append(name).append(":\n");
                object(sb, value, indent + "  ");
            } else if (value.isArray()) {
                if (value.isEmpty()) {
                    sb.append(indent).append(name).append(": (none)\n");
                } else if (allScalars(value)) {
                    StringBuilder items = new StringBuilder();
                    for (JsonNode item : value) {
                        items.append(items.length() == 0 ? "" : ", ").append(scalar(item));
                    }
                    sb.append(indent).append(name).append(": ").append(items).append('\n');
                } else {
                    sb.append(indent).append(name).append(":\n");
                    for (JsonNode item : value) {
                        if (item.isObject()) {
                            StringBuilder inner = new StringBuilder();
                            object(inner, item, indent + "    ");
                            String s = inner.toString();
                            sb.append(indent).append("  - ").append(s.substring(indent.length() + 4));
                        } else {
                            sb.append(indent).append("  - ").append(scalar(item)).append('\n');
                        }
                    }
                }
            } else {
                sb.append(indent).append(name).append(": ").append(scalar(value)).append('\n');
            }
        }

        private static boolean allScalars(JsonNode array) {
            for (JsonNode item : array) {
                if (item.isContainerNode()) {
                    return false;
                }
            }
            return true;
        }

        private static String scalar(JsonNode value) {
            return value.isNull() ? "-" : value.asText();
        }

        private static String violation(JsonNode v) {
            StringBuilder sb = new StringBuilder();
            sb.append(v.path("severity").asText("error").toUpperCase(Locale.ROOT)).append(' ')
                    .append(v.path("code").asText()).append(" [").append(v.path("rule").asText());
            String article = v.path("article").asText("");
            if (!article.isEmpty()) {
                sb.append(", ").append(article);
            }
            sb.append(']');
            String path = v.path("path").asText("");
            if (!path.isEmpty()) {
                sb.append(' ').append(path);
            }
            return sb.append(": ").append(v.path("message").asText()).toString();
        }
    }
}
