package io.newsrel.annotate;

import java.lang.reflect.Field;

/**
 * CoreNLP 4.5.10's private fields that the time-gated NER reaches into ({@link TimeGatedNerAnnotator},
 * {@link SutimeRuleFilter}, {@link RequiredNodes}). A field that is not there, as after a CoreNLP
 * upgrade, fails with a message naming the setting that turns all of it off.
 */
final class CoreNlpFields {

    private CoreNlpFields() {
    }

    /** The field {@code name} declared by {@code owner}, made readable. */
    static Field field(Class<?> owner, String name) {
        try {
            Field field = owner.getDeclaredField(name);
            field.setAccessible(true);
            return field;
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("CoreNLP's " + owner.getSimpleName() + "." + name
                    + " is not as in CoreNLP 4.5.10; set corenlp.timeGatedNer=false", e);
        }
    }

    /** The value of {@code owner}'s field {@code name} in {@code target}, as a {@code type}. */
    static <T> T read(Class<?> owner, String name, Object target, Class<T> type) {
        Field field = field(owner, name);
        try {
            return type.cast(read(field, target));
        } catch (ClassCastException e) {
            throw new IllegalStateException("CoreNLP's " + owner.getSimpleName() + "." + name
                    + " is not as in CoreNLP 4.5.10; set corenlp.timeGatedNer=false", e);
        }
    }

    /** The value of a field {@link #field} made readable. */
    static Object read(Field field, Object target) {
        try {
            return field.get(target);
        } catch (IllegalAccessException | RuntimeException e) {
            throw new IllegalStateException("cannot read CoreNLP's " + field + "; set corenlp.timeGatedNer=false", e);
        }
    }
}
