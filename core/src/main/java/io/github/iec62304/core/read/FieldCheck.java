package io.github.iec62304.core.read;

import io.github.iec62304.core.model.SafetyClass;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Checks of single fields shared by the YAML readers; each failure names file, line and field. */
public final class FieldCheck {

    /** Ids: a letter or digit, then letters, digits and {@code . _ : -}. */
    public static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]*");

    private FieldCheck() {
    }

    /**
     * @param field the field as it reads in a message, e.g. {@code 'title' of requirement REQ-1}
     * @return the value, stripped
     */
    public static String required(String value, String field, String source, int line) {
        if (value == null || value.isBlank()) {
            throw new InputException(source, line, "field " + field + " is missing or empty");
        }
        return value.strip();
    }

    /** @return the id, checked against {@link #ID} */
    public static String id(String value, String source, int line, String example) {
        String id = required(value, "'id'", source, line);
        if (!ID.matcher(id).matches()) {
            throw new InputException(source, line, "field 'id': '" + id + "' is not a valid id; use letters, "
                    + "digits and . _ : - (e.g. " + example + ")");
        }
        return id;
    }

    /** @return the ids, stripped; an absent list is empty */
    public static List<String> ids(List<String> values, String field, String source, int line) {
        if (values == null) {
            return List.of();
        }
        List<String> result = new ArrayList<>();
        for (String v : values) {
            if (v == null || !ID.matcher(v.strip()).matches()) {
                throw new InputException(source, line, "field " + field + " contains an invalid id '" + v + "'");
            }
            result.add(v.strip());
        }
        return result;
    }

    /** @return the class, or {@code null} when the field is absent */
    public static SafetyClass safetyClass(String value, String where, String source, int line) {
        if (value == null) {
            return null;
        }
        try {
            return SafetyClass.parse(value);
        } catch (IllegalArgumentException e) {
            throw new InputException(source, line, "field 'safetyClass'" + where + ": " + e.getMessage());
        }
    }
}
