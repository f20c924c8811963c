package org.swarmsim.run;

import java.util.List;
import org.swarmsim.metrics.FieldDoc;

/**
 * The documentation of one file a run writes: its name, what one row (or the file) holds, and its
 * columns or keys. {@code swarmsim outputs} prints these, and the README's tables are checked
 * against them.
 */
public record OutputDoc(String file, String description, List<FieldDoc> fields) {
    public OutputDoc {
        fields = List.copyOf(fields);
    }

    /** The file's table in Markdown: a line saying what it holds, then {@code | column | meaning |} (or key). */
    public String markdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("`").append(file).append("`: ").append(description).append("\n\n");
        sb.append(file.endsWith(".json") ? "| Key | Meaning |\n|---|---|\n" : "| Column | Meaning |\n|---|---|\n");
        for (FieldDoc f : fields) {
            sb.append("| `").append(f.name()).append("` | ").append(f.description().replace("|", "\\|")).append(" |\n");
        }
        return sb.toString();
    }
}
