package org.latitude.agreement;

import java.util.Set;

/** Which coders of a table are models: the judges compared with the humans, who are every other coder. */
final class ModelCoders {

    private ModelCoders() {
    }

    /**
     * @throws IllegalArgumentException if a model has no rating in the table (with {@code required})
     */
    static boolean[] of(RatingTable table, Set<String> models, boolean required) {
        boolean[] isModel = new boolean[table.coderCount()];
        for (String id : models) {
            int code = table.coderCode(id);
            if (code < 0 && required) {
                throw new IllegalArgumentException("model " + id + " has no rating in the table");
            }
            if (code >= 0) {
                isModel[code] = true;
            }
        }
        return isModel;
    }
}
