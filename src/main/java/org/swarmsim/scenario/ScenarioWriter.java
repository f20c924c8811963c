package org.swarmsim.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.Map;
import org.swarmsim.scenario.units.DataRate;
import org.swarmsim.scenario.units.Duration;

/**
 * Writes a resolved {@link Scenario} as YAML: every default spelled out, sizes, rates and
 * durations in exact human units, files as absolute paths. The common keys are written here, the
 * kind's sections by its {@link KindSchema#write} into a {@link YamlMap}. Loading the output gives
 * an equal record (tested), which is what each run's {@code scenario.yaml} relies on.
 */
final class ScenarioWriter {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final YAMLMapper MAPPER = YAMLMapper.builder()
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .build();

    private ScenarioWriter() {
    }

    static String toYaml(Scenario s) {
        YamlMap root = new YamlMap();
        root.put("name", s.name());
        root.put("seed", s.seed());
        root.put("kind", s.kindName());
        if (s.kind().derivedDuration() == null) {
            root.put("duration", Duration.format(s.durationNanos()));
        }
        network(root.putMap("network"), s.network());
        writeSection(s.kind(), s.section(), root);
        YamlMap metrics = root.putMap("metrics");
        metrics.put("sample_interval", Duration.format(s.metrics().sampleIntervalNanos()));
        metrics.put("trace", s.metrics().trace());
        YamlMap sweep = root.putMap("sweep");
        sweep.put("replications", s.sweep().replications());
        if (!s.sweep().vary().isEmpty()) {
            YamlMap vary = sweep.putMap("vary");
            s.sweep().vary().forEach((path, values) -> {
                YamlMap.YamlList list = vary.putList(path);
                values.forEach(list::add);
            });
        }
        if (!s.sweep().metrics().isEmpty()) {
            YamlMap.YamlList metricList = sweep.putList("metrics");
            s.sweep().metrics().forEach(metricList::add);
        }
        try {
            return MAPPER.writeValueAsString(toNode(root));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write scenario YAML", e);
        }
    }

    private static <S> void writeSection(KindSchema<S> kind, Object section, YamlMap root) {
        kind.write(kind.sectionType().cast(section), root);
    }

    private static void network(YamlMap o, NetworkSpec n) {
        n.latency().writeTo(o.putMap("latency"));
        YamlMap.YamlList classes = o.putList("classes");
        for (CapacityClass c : n.classes()) {
            YamlMap k = classes.addMap();
            k.put("name", c.name());
            k.put("share", c.share());
            k.put("upload", DataRate.format(c.uploadBytesPerSecond()));
            k.put("download", DataRate.format(c.downloadBytesPerSecond()));
        }
    }

    private static JsonNode toNode(Object value) {
        if (value instanceof YamlMap m) {
            ObjectNode o = NODES.objectNode();
            for (Map.Entry<String, Object> e : m.entries().entrySet()) {
                o.set(e.getKey(), toNode(e.getValue()));
            }
            return o;
        }
        if (value instanceof YamlMap.YamlList l) {
            ArrayNode a = NODES.arrayNode();
            l.items().forEach(i -> a.add(toNode(i)));
            return a;
        }
        if (value instanceof String t) {
            return NODES.textNode(t);
        }
        if (value instanceof Long v) {
            return NODES.numberNode(v);
        }
        if (value instanceof Double d) {
            return NODES.numberNode(d);
        }
        if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        throw new IllegalArgumentException("cannot write " + value + " as YAML");
    }
}
