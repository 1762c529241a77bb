package io.factwire.web;

import io.factwire.InvalidInputException;
import io.javalin.http.Context;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code fields=a,b} parameter: which top-level members of a JSON shape (a record, whose components are
 * its members) the client wants. Null means all; a name the shape does not have is a 400 naming it.
 */
public final class Fields {
    private Fields() {}

    public static Set<String> fromQuery(Context ctx, Class<? extends Record> shape) {
        List<String> values = ctx.queryParams("fields");
        if (values.isEmpty()) {
            return null;
        }
        List<String> known = Arrays.stream(shape.getRecordComponents())
                .map(RecordComponent::getName)
                .toList();
        Set<String> fields = new LinkedHashSet<>();
        for (String value : values) {
            for (String name : value.split(",")) {
                String field = name.strip();
                if (!known.contains(field)) {
                    throw new InvalidInputException(
                            "fields",
                            field.isEmpty()
                                    ? "Parameter 'fields' names no field."
                                    : "Unknown field '" + field + "'; fields are " + String.join(", ", known) + ".");
                }
                fields.add(field);
            }
        }
        return fields;
    }
}
