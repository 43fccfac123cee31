package io.newsrel.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A relation's attributes: typed values under {@link Attribute} keys, immutable, iterated and
 * written in the order of their JSON names (so the same relation always prints the same). Empty
 * lists are not kept: an attribute is either absent or has a value.
 */
public final class Attributes {

    public static final Attributes EMPTY = new Attributes(new TreeMap<>());

    private final TreeMap<Attribute<?>, Object> values;

    private Attributes(TreeMap<Attribute<?>, Object> values) {
        this.values = values;
    }

    public static Builder builder() {
        return new Builder(new TreeMap<>());
    }

    /** A builder holding these attributes, to change some. */
    public Builder toBuilder() {
        return new Builder(new TreeMap<>(values));
    }

    /** Attributes as JSON gives them: name → value; unknown names and ill-typed values are errors. */
    @JsonCreator
    public static Attributes fromJson(Map<String, Object> json) {
        Builder builder = builder();
        if (json != null) {
            json.forEach((name, value) -> builder.putParsed(Attribute.ofJsonName(name), value));
        }
        return builder.build();
    }

    public <T> Optional<T> get(Attribute<T> attribute) {
        @SuppressWarnings("unchecked") // put() only stores values of the attribute's type
        T value = (T) values.get(attribute);
        return Optional.ofNullable(value);
    }

    public boolean has(Attribute<?> attribute) {
        return values.containsKey(attribute);
    }

    /**
     * Every value of a deal attribute that comes as a best value and a list ({@link Attribute#YEAR}
     * and {@link Attribute#YEARS}, ...): the list when present, else the best value alone.
     */
    public <T> List<T> all(Attribute<T> best, Attribute<List<T>> every) {
        return get(every).orElseGet(() -> get(best).map(List::of).orElse(List.of()));
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** The attributes present, in the order of their JSON names. */
    public List<Attribute<?>> keys() {
        return List.copyOf(values.keySet());
    }

    /** Name → value, as written to JSON (values keep their types: {@link Money}, {@link Status}, lists). */
    @JsonValue
    public Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        values.forEach((attribute, value) -> map.put(attribute.jsonName(), value));
        return map;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Attributes other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return asMap().toString();
    }

    /** Collects attributes; a later put of the same attribute replaces the earlier value. */
    public static final class Builder {
        private final TreeMap<Attribute<?>, Object> values;

        private Builder(TreeMap<Attribute<?>, Object> values) {
            this.values = values;
        }

        public <T> Builder put(Attribute<T> attribute, T value) {
            return putParsed(attribute, value);
        }

        /** Puts the value unless the attribute already has one. */
        public <T> Builder putIfAbsent(Attribute<T> attribute, T value) {
            return values.containsKey(attribute) ? this : put(attribute, value);
        }

        /** Every attribute of {@code other}, replacing values this builder has. */
        public Builder putAll(Attributes other) {
            values.putAll(other.values);
            return this;
        }

        /** Every attribute of {@code other} that this builder lacks. */
        public Builder putAllAbsent(Attributes other) {
            other.values.forEach(values::putIfAbsent);
            return this;
        }

        public Builder remove(Attribute<?> attribute) {
            values.remove(attribute);
            return this;
        }

        public boolean has(Attribute<?> attribute) {
            return values.containsKey(attribute);
        }

        public <T> Optional<T> get(Attribute<T> attribute) {
            @SuppressWarnings("unchecked")
            T value = (T) values.get(attribute);
            return Optional.ofNullable(value);
        }

        /**
         * Puts a value read from JSON or a review file (numbers, text, maps, lists), converted to
         * the attribute's type; a value of another type is an error naming the attribute.
         */
        public Builder putParsed(Attribute<?> attribute, Object value) {
            Object typed = value == null ? null : attribute.read(value);
            if (typed == null || typed instanceof Collection<?> c && c.isEmpty()) {
                values.remove(attribute);
            } else {
                values.put(attribute, typed instanceof List<?> list ? List.copyOf(list) : typed);
            }
            return this;
        }

        public Attributes build() {
            return values.isEmpty() ? EMPTY : new Attributes(new TreeMap<>(values));
        }
    }
}
