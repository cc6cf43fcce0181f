package io.profileflow.extract.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericEnumSymbol;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.generic.IndexedRecord;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * Converts generated Avro records (ParsedProfile, ExperienceRecord, ...) to Jackson trees: field names as in the
 * schema, nulls kept, bytes omitted, records, arrays and maps followed recursively, timestamps as epoch millis.
 * Used by the extract command and the HTTP API, so both print the same shape.
 */
public final class ProfileJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ProfileJson() {
    }

    /** The record as a JSON object. */
    public static ObjectNode toJson(IndexedRecord record) {
        ObjectNode node = NODES.objectNode();
        for (Schema.Field field : record.getSchema().getFields()) {
            Object value = record.get(field.pos());
            if (isBytes(field.schema()) || value instanceof ByteBuffer || value instanceof byte[]) {
                continue;
            }
            node.set(field.name(), value(value));
        }
        return node;
    }

    private static JsonNode value(Object v) {
        if (v == null) {
            return NODES.nullNode();
        }
        if (v instanceof IndexedRecord r) {
            return toJson(r);
        }
        if (v instanceof CharSequence s) {
            return NODES.textNode(s.toString());
        }
        if (v instanceof Integer i) {
            return NODES.numberNode(i);
        }
        if (v instanceof Long l) {
            return NODES.numberNode(l);
        }
        if (v instanceof Double d) {
            return NODES.numberNode(d);
        }
        if (v instanceof Float f) {
            return NODES.numberNode(f);
        }
        if (v instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (v instanceof Instant t) {
            return NODES.numberNode(t.toEpochMilli());
        }
        if (v instanceof GenericEnumSymbol<?> || v instanceof Enum<?>) {
            return NODES.textNode(v.toString());
        }
        if (v instanceof Map<?, ?> map) {
            ObjectNode o = NODES.objectNode();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!(e.getValue() instanceof ByteBuffer)) {
                    o.set(String.valueOf(e.getKey()), value(e.getValue()));
                }
            }
            return o;
        }
        if (v instanceof Collection<?> c) {
            ArrayNode a = NODES.arrayNode();
            for (Object item : c) {
                if (!(item instanceof ByteBuffer)) {
                    a.add(value(item));
                }
            }
            return a;
        }
        if (v instanceof GenericRecord r) {
            return toJson(r);
        }
        return NODES.textNode(v.toString());
    }

    private static boolean isBytes(Schema schema) {
        if (schema.getType() == Schema.Type.BYTES || schema.getType() == Schema.Type.FIXED) {
            return true;
        }
        if (schema.getType() == Schema.Type.UNION) {
            for (Schema s : schema.getTypes()) {
                if (s.getType() == Schema.Type.BYTES || s.getType() == Schema.Type.FIXED) {
                    return true;
                }
            }
        }
        return false;
    }
}
