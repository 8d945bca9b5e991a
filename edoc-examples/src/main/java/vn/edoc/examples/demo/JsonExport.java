package vn.edoc.examples.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import vn.edoc.id.OrganCode;
import vn.edoc.time.WorkingTime;

/**
 * Turns the engine's records (reports, register lines, audit entries) into JSON trees (xuất JSON) for the files the
 * demo keeps: each record component becomes a field of the same name; instants are written in Vietnam time with
 * their offset (R-TIME-5), organisation codes as their text, {@code Optional}s as their value or {@code null},
 * enums by name, and anything else by its {@code toString()}.
 */
public final class JsonExport {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonExport() {
    }

    /** The JSON form of {@code value}. */
    public static JsonNode of(Object value) {
        if (value == null) {
            return NODES.nullNode();
        }
        if (value instanceof Optional<?> o) {
            return o.map(JsonExport::of).orElse(NODES.nullNode());
        }
        if (value instanceof String s) {
            return NODES.textNode(s);
        }
        if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return NODES.numberNode(((Number) value).longValue());
        }
        if (value instanceof Number n) {
            return NODES.numberNode(n.doubleValue());
        }
        if (value instanceof Instant i) {
            return NODES.textNode(WorkingTime.iso(WorkingTime.vietnamTime(i)));
        }
        if (value instanceof TemporalAccessor t) {
            return NODES.textNode(t.toString());
        }
        if (value instanceof OrganCode c) {
            return NODES.textNode(c.value());
        }
        if (value instanceof Enum<?> e) {
            return NODES.textNode(e.name());
        }
        if (value instanceof Collection<?> items) {
            ArrayNode array = NODES.arrayNode();
            items.forEach(item -> array.add(of(item)));
            return array;
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode object = NODES.objectNode();
            map.forEach((k, v) -> object.set(String.valueOf(k), of(v)));
            return object;
        }
        if (value.getClass().isRecord()) {
            ObjectNode object = NODES.objectNode();
            for (RecordComponent rc : value.getClass().getRecordComponents()) {
                try {
                    rc.getAccessor().setAccessible(true);
                    object.set(rc.getName(), of(rc.getAccessor().invoke(value)));
                } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
                    object.put(rc.getName(), "unreadable: " + e);
                }
            }
            return object;
        }
        return NODES.textNode(value.toString());
    }
}
