package org.swarmsim.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.swarmsim.scenario.YamlNode.Entry;
import org.swarmsim.scenario.YamlNode.ListNode;
import org.swarmsim.scenario.YamlNode.MapNode;
import org.swarmsim.scenario.YamlNode.ScalarNode;
import org.swarmsim.scenario.YamlNode.ScalarType;

/**
 * Reads YAML text into {@link YamlNode}s through Jackson's streaming YAML parser, keeping the
 * {@link JsonLocation} (line and column) of every key and value. Syntax errors and duplicate keys
 * become {@link ScenarioException}s that point at the offending line and column.
 */
final class YamlReader {
    private static final YAMLFactory FACTORY = YAMLFactory.builder().build();

    private YamlReader() {
    }

    /**
     * Parses one YAML document.
     *
     * @param source the file name (or {@code --set ...}) used in locations
     * @param lineBased false for {@code --set} values, whose locations are reported without line
     * @return the root node, or null for an empty document
     */
    static YamlNode read(String text, String source, boolean lineBased) {
        List<ScenarioException.Problem> problems = new ArrayList<>();
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return null;
            }
            YamlNode root = readValue(p, source, lineBased, problems, "");
            if (!problems.isEmpty()) {
                throw new ScenarioException(problems);
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            String msg = syntaxMessage(e.getOriginalMessage());
            SourceLocation where = loc == null || !lineBased ? new SourceLocation(source, 0, 0)
                    : new SourceLocation(source, loc.getLineNr(), loc.getColumnNr());
            throw new ScenarioException(List.of(new ScenarioException.Problem(where, "",
                    "bad YAML syntax: " + msg)));
        } catch (IOException e) {
            throw new ScenarioException(List.of(new ScenarioException.Problem(new SourceLocation(source, 0, 0), "",
                    "cannot read: " + e.getMessage())));
        }
    }

    /** SnakeYAML's message without its "in 'reader', line..." lines and source snippets. */
    private static String syntaxMessage(String original) {
        StringBuilder sb = new StringBuilder();
        for (String line : original.split("\\R")) {
            if (line.isBlank() || Character.isWhitespace(line.charAt(0)) || line.startsWith("in 'reader'")) {
                continue;
            }
            int cut = line.indexOf(" in 'reader'");
            sb.append(sb.length() == 0 ? "" : "; ").append(cut >= 0 ? line.substring(0, cut) : line);
        }
        return sb.length() == 0 ? original.strip() : sb.toString();
    }

    private static SourceLocation here(JsonParser p, String source, boolean lineBased) {
        if (!lineBased) {
            return new SourceLocation(source, 0, 0);
        }
        JsonLocation loc = p.currentTokenLocation();
        return new SourceLocation(source, loc.getLineNr(), loc.getColumnNr());
    }

    private static YamlNode readValue(JsonParser p, String source, boolean lineBased,
            List<ScenarioException.Problem> problems, String path) throws IOException {
        SourceLocation at = here(p, source, lineBased);
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                MapNode map = new MapNode(at);
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    SourceLocation keyAt = here(p, source, lineBased);
                    p.nextToken();
                    String childPath = path.isEmpty() ? key : path + "." + key;
                    YamlNode value = readValue(p, source, lineBased, problems, childPath);
                    if (map.entries().containsKey(key)) {
                        problems.add(new ScenarioException.Problem(keyAt, childPath, "duplicate key '" + key
                                + "' (first written at " + map.entries().get(key).keyLocation() + ")"));
                    } else {
                        map.entries().put(key, new Entry(keyAt, value));
                    }
                }
                return map;
            }
            case START_ARRAY -> {
                ListNode list = new ListNode(at);
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    list.items().add(readValue(p, source, lineBased, problems, path + "." + i++));
                }
                return list;
            }
            case VALUE_STRING -> {
                return new ScalarNode(at, p.getText(), ScalarType.STRING);
            }
            case VALUE_NUMBER_INT -> {
                return new ScalarNode(at, p.getText(), ScalarType.INTEGER);
            }
            case VALUE_NUMBER_FLOAT -> {
                return new ScalarNode(at, p.getText(), ScalarType.FLOAT);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new ScalarNode(at, p.getText(), ScalarType.BOOLEAN);
            }
            case VALUE_NULL -> {
                return new ScalarNode(at, "", ScalarType.NULL);
            }
            default -> {
                return new ScalarNode(at, p.getText(), ScalarType.STRING);
            }
        }
    }
}
