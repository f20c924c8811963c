package org.swarmsim.run;

import java.util.stream.Collectors;
import org.swarmsim.scenario.Registry;

/**
 * The reference tables of the manual, made from the definitions themselves: the files each kind
 * writes with their columns ({@link SimulationKind#outputs()}) and the names each registry accepts
 * ({@link Registries}). {@code swarmsim outputs} and {@code swarmsim names} print them; a test
 * checks that the README holds them verbatim.
 */
public final class Docs {
    private Docs() {
    }

    /** Every file of {@code kind}, as Markdown. */
    public static String outputs(SimulationKind<?> kind) {
        return kind.outputs().stream().map(OutputDoc::markdown).collect(Collectors.joining("\n"));
    }

    /** One Markdown table per registry: the field, then each name and what it means. */
    public static String names() {
        StringBuilder sb = new StringBuilder();
        for (Registries.Listed listed : Registries.all()) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append("`").append(listed.field()).append("` (").append(listed.registry().kind())
                    .append(listed.kind() == null ? "" : "; kind: " + listed.kind()).append("):\n\n| Name | Meaning |\n|---|---|\n");
            for (Registry.Entry<?, ?> e : listed.registry().entries()) {
                sb.append("| `").append(e.name()).append("` | ").append(e.description().replace("|", "\\|")).append(" |\n");
            }
        }
        return sb.toString();
    }

    /** The kinds: name and description. */
    public static String kinds() {
        StringBuilder sb = new StringBuilder("| Kind | What it simulates |\n|---|---|\n");
        for (SimulationKind<?> k : Kinds.all()) {
            sb.append("| `").append(k.name()).append("` | ").append(k.description()).append(" |\n");
        }
        return sb.toString();
    }
}
