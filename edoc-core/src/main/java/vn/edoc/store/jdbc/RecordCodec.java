package vn.edoc.store.jdbc;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import vn.edoc.id.Notation;
import vn.edoc.id.OrganCode;
import vn.edoc.internal.json.Json;
import vn.edoc.internal.json.JsonLimits;
import vn.edoc.org.Account;
import vn.edoc.org.Directory;
import vn.edoc.org.Organisation;
import vn.edoc.org.Person;
import vn.edoc.org.Unit;

/**
 * Turns the immutable records of the domain (a {@code Task}, an {@code IncomingRecord} with its assignments and
 * history) into JSON and back, for the {@code body} column of the tables that keep a record whole beside the indexed
 * columns its queries need. It follows the record components, so a field added to a record is stored without a
 * change here; values come back through the canonical constructor, whose checks run again on load.
 *
 * <p>Encodings: records as objects by component name; enums by name; {@code Optional} as the value or null;
 * lists and sets as arrays (order kept); maps as arrays of {@code [key, value]} pairs; {@code Instant} and the other
 * {@code java.time} values in their ISO-8601 text; {@link OrganCode} and {@link Notation} as their text; a sealed
 * interface as {@code {"type": simple name of the record, "value": ...}}; the {@link Directory} as its four lists.
 * Anything else is refused when written, so an unsupported type fails a test, never a load in production.
 */
final class RecordCodec {

    /** Bodies up to 64 million characters and 200 levels deep. */
    private static final JsonLimits LIMITS = new JsonLimits(64 * 1024 * 1024, 200, 16 * 1024 * 1024, 10_000_000);

    /**
     * What reflection tells of a record type, read once per type: asking a class for its record components parses
     * their generic signatures anew on every call, which made loading a task cost a millisecond.
     */
    private record Shape(String[] names, Type[] types, java.lang.reflect.Method[] accessors,
                         Constructor<?> constructor, Class<?> sealedParent) {
    }

    private static final Map<Class<?>, Shape> SHAPES = new ConcurrentHashMap<>();
    private static final Map<Class<?>, Class<?>[]> PERMITTED = new ConcurrentHashMap<>();

    private static Shape shape(Class<?> type) {
        return SHAPES.computeIfAbsent(type, t -> {
            RecordComponent[] components = t.getRecordComponents();
            String[] names = new String[components.length];
            Type[] types = new Type[components.length];
            java.lang.reflect.Method[] accessors = new java.lang.reflect.Method[components.length];
            Class<?>[] raw = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                names[i] = components[i].getName();
                types[i] = components[i].getGenericType();
                accessors[i] = components[i].getAccessor();
                accessors[i].setAccessible(true);
                raw[i] = components[i].getType();
            }
            try {
                Constructor<?> c = t.getDeclaredConstructor(raw);
                c.setAccessible(true);
                return new Shape(names, types, accessors, c, sealedParent(t));
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("no canonical constructor in " + t.getName(), e);
            }
        });
    }

    private RecordCodec() {
    }

    /** The JSON text of {@code value}. */
    static String write(Object value) {
        return Json.write(toTree(value));
    }

    /** The value of {@code type} encoded in {@code json}. */
    static <T> T read(String json, Class<T> type) {
        return type.cast(fromTree(Json.parse(json, LIMITS), type));
    }

    private static Object toTree(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
                || value instanceof BigDecimal) {
            return value;
        }
        if (value instanceof Double || value instanceof Float) {
            return new BigDecimal(value.toString());
        }
        if (value instanceof Character c) {
            return c.toString();
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof Instant || value instanceof LocalDate || value instanceof LocalTime
                || value instanceof LocalDateTime || value instanceof OffsetDateTime || value instanceof ZonedDateTime
                || value instanceof Duration || value instanceof YearMonth || value instanceof ZoneId) {
            return value.toString();
        }
        if (value instanceof OrganCode code) {
            return code.value();
        }
        if (value instanceof Notation notation) {
            return notation.toString();
        }
        if (value instanceof Optional<?> o) {
            return o.map(RecordCodec::toTree).orElse(null);
        }
        if (value instanceof Collection<?> c) {
            List<Object> out = new ArrayList<>(c.size());
            c.forEach(v -> out.add(toTree(v)));
            return out;
        }
        if (value instanceof Map<?, ?> m) {
            List<Object> out = new ArrayList<>(m.size());
            m.forEach((k, v) -> out.add(java.util.Arrays.asList(toTree(k), toTree(v))));
            return out;
        }
        if (value instanceof Directory d) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("organisations", toTree(d.organisations()));
            out.put("units", toTree(d.units()));
            out.put("people", toTree(d.people()));
            out.put("accounts", toTree(d.accounts()));
            return out;
        }
        Class<?> type = value.getClass();
        if (type.isRecord()) {
            Shape shape = shape(type);
            // sized for every component at once: a record of twenty components would otherwise grow the map twice
            Map<String, Object> out = new LinkedHashMap<>(shape.names().length * 4 / 3 + 1);
            for (int i = 0; i < shape.names().length; i++) {
                try {
                    out.put(shape.names()[i], toTree(shape.accessors()[i].invoke(value)));
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot read " + type.getName() + "." + shape.names()[i], e);
                }
            }
            if (shape.sealedParent() != null) {
                Map<String, Object> tagged = new LinkedHashMap<>();
                tagged.put("type", type.getSimpleName());
                tagged.put("value", out);
                return tagged;
            }
            return out;
        }
        throw new IllegalArgumentException("the JDBC adapter cannot store a " + type.getName());
    }

    private static Class<?> sealedParent(Class<?> type) {
        for (Class<?> i : type.getInterfaces()) {
            if (i.isSealed()) {
                return i;
            }
        }
        return null;
    }

    private static Object fromTree(Object tree, Type type) {
        Class<?> raw = raw(type);
        if (raw == Optional.class) {
            return tree == null ? Optional.empty() : Optional.of(fromTree(tree, argument(type, 0)));
        }
        if (tree == null) {
            if (raw.isPrimitive()) {
                throw new IllegalArgumentException("null for a " + raw);
            }
            return null;
        }
        if (raw == String.class) {
            return (String) tree;
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return (Boolean) tree;
        }
        if (raw == int.class || raw == Integer.class) {
            return ((BigDecimal) tree).intValueExact();
        }
        if (raw == long.class || raw == Long.class) {
            return ((BigDecimal) tree).longValueExact();
        }
        if (raw == short.class || raw == Short.class) {
            return ((BigDecimal) tree).shortValueExact();
        }
        if (raw == byte.class || raw == Byte.class) {
            return ((BigDecimal) tree).byteValueExact();
        }
        if (raw == double.class || raw == Double.class) {
            return ((BigDecimal) tree).doubleValue();
        }
        if (raw == float.class || raw == Float.class) {
            return ((BigDecimal) tree).floatValue();
        }
        if (raw == BigDecimal.class) {
            return tree;
        }
        if (raw == char.class || raw == Character.class) {
            return ((String) tree).charAt(0);
        }
        if (raw.isEnum()) {
            return enumValue(raw, (String) tree);
        }
        if (raw == Instant.class) {
            return Instant.parse((String) tree);
        }
        if (raw == LocalDate.class) {
            return LocalDate.parse((String) tree);
        }
        if (raw == LocalTime.class) {
            return LocalTime.parse((String) tree);
        }
        if (raw == LocalDateTime.class) {
            return LocalDateTime.parse((String) tree);
        }
        if (raw == OffsetDateTime.class) {
            return OffsetDateTime.parse((String) tree);
        }
        if (raw == ZonedDateTime.class) {
            return ZonedDateTime.parse((String) tree);
        }
        if (raw == Duration.class) {
            return Duration.parse((String) tree);
        }
        if (raw == YearMonth.class) {
            return YearMonth.parse((String) tree);
        }
        if (ZoneId.class.isAssignableFrom(raw)) {
            return ZoneId.of((String) tree);
        }
        if (raw == OrganCode.class) {
            return OrganCode.parse((String) tree);
        }
        if (raw == Notation.class) {
            return Notation.parse((String) tree);
        }
        if (List.class.isAssignableFrom(raw) || raw == Collection.class) {
            List<Object> out = new ArrayList<>();
            for (Object item : (List<?>) tree) {
                out.add(fromTree(item, argument(type, 0)));
            }
            return Collections.unmodifiableList(out);
        }
        if (Set.class.isAssignableFrom(raw)) {
            Set<Object> out = new LinkedHashSet<>();
            for (Object item : (List<?>) tree) {
                out.add(fromTree(item, argument(type, 0)));
            }
            return Collections.unmodifiableSet(out);
        }
        if (Map.class.isAssignableFrom(raw)) {
            Map<Object, Object> out = new LinkedHashMap<>();
            for (Object pair : (List<?>) tree) {
                List<?> kv = (List<?>) pair;
                out.put(fromTree(kv.get(0), argument(type, 0)), fromTree(kv.get(1), argument(type, 1)));
            }
            return Collections.unmodifiableMap(out);
        }
        if (raw == Directory.class) {
            Map<?, ?> m = (Map<?, ?>) tree;
            Directory.Builder b = Directory.builder();
            for (Object o : (List<?>) m.get("organisations")) {
                b.add((Organisation) fromTree(o, Organisation.class));
            }
            for (Object o : (List<?>) m.get("units")) {
                b.add((Unit) fromTree(o, Unit.class));
            }
            for (Object o : (List<?>) m.get("people")) {
                b.add((Person) fromTree(o, Person.class));
            }
            for (Object o : (List<?>) m.get("accounts")) {
                b.add((Account) fromTree(o, Account.class));
            }
            return b.build();
        }
        if (raw.isSealed()) {
            Map<?, ?> m = (Map<?, ?>) tree;
            String name = (String) m.get("type");
            for (Class<?> p : PERMITTED.computeIfAbsent(raw, Class::getPermittedSubclasses)) {
                if (p.getSimpleName().equals(name)) {
                    return fromTree(m.get("value"), p);
                }
            }
            throw new IllegalArgumentException("no " + raw.getName() + " named " + name);
        }
        if (raw.isRecord()) {
            return record(raw, (Map<?, ?>) tree);
        }
        throw new IllegalArgumentException("the JDBC adapter cannot load a " + raw.getName());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(Class<?> raw, String name) {
        return Enum.valueOf((Class) raw, name);
    }

    private static Object record(Class<?> type, Map<?, ?> fields) {
        Shape shape = shape(type);
        Object[] args = new Object[shape.names().length];
        for (int i = 0; i < args.length; i++) {
            args[i] = fromTree(fields.get(shape.names()[i]), shape.types()[i]);
        }
        Constructor<?> constructor = shape.constructor();
        try {
            return constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("cannot load a " + type.getName(), e.getCause());
        } catch (InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException("cannot load a " + type.getName(), e);
        }
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        if (type instanceof WildcardType w) {
            return raw(w.getUpperBounds()[0]);
        }
        throw new IllegalArgumentException("unsupported type " + type);
    }

    private static Type argument(Type type, int index) {
        if (type instanceof ParameterizedType p) {
            return p.getActualTypeArguments()[index];
        }
        throw new IllegalArgumentException("raw collection type " + type + " cannot be loaded");
    }
}
