package org.swarmsim.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An ordered YAML mapping being written: what a section writer fills in for {@code scenario.yaml}
 * (the scenario package turns it into YAML text; writers never see the YAML library). Values are
 * strings, whole numbers, doubles, booleans, nested maps and lists ({@link YamlList}).
 */
public final class YamlMap {
    private final LinkedHashMap<String, Object> entries = new LinkedHashMap<>();

    public YamlMap put(String key, String value) {
        entries.put(key, value);
        return this;
    }

    public YamlMap put(String key, long value) {
        entries.put(key, value);
        return this;
    }

    public YamlMap put(String key, double value) {
        entries.put(key, value);
        return this;
    }

    public YamlMap put(String key, boolean value) {
        entries.put(key, value);
        return this;
    }

    /** A new nested map at {@code key}. */
    public YamlMap putMap(String key) {
        YamlMap m = new YamlMap();
        entries.put(key, m);
        return m;
    }

    /** A new nested list at {@code key}. */
    public YamlList putList(String key) {
        YamlList l = new YamlList();
        entries.put(key, l);
        return l;
    }

    /** Puts an already built map or list. */
    public YamlMap putNode(String key, Object mapOrList) {
        if (!(mapOrList instanceof YamlMap || mapOrList instanceof YamlList)) {
            throw new IllegalArgumentException("not a YamlMap or YamlList: " + mapOrList);
        }
        entries.put(key, mapOrList);
        return this;
    }

    /** The entries in insertion order (values: String, Long, Double, Boolean, YamlMap, YamlList). */
    public Map<String, Object> entries() {
        return Collections.unmodifiableMap(entries);
    }

    /** An ordered YAML sequence being written. */
    public static final class YamlList {
        private final List<Object> items = new ArrayList<>();

        public YamlList add(String value) {
            items.add(value);
            return this;
        }

        public YamlList add(long value) {
            items.add(value);
            return this;
        }

        public YamlList add(double value) {
            items.add(value);
            return this;
        }

        /** A new map appended to the list. */
        public YamlMap addMap() {
            YamlMap m = new YamlMap();
            items.add(m);
            return m;
        }

        /** The items in order. */
        public List<Object> items() {
            return Collections.unmodifiableList(items);
        }
    }
}
