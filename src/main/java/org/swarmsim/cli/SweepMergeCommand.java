package org.swarmsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.swarmsim.sweep.ShardMerge;
import org.swarmsim.sweep.SweepSummary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code swarmsim sweep merge DIR... --out DIR}: joins the shard folders of one sweep
 * ({@code sweep FILE --shard K/N}) into one sweep folder, byte for byte what the unsharded sweep
 * writes (apart from each run's wall time). Everything is checked first ({@link ShardMerge});
 * overlapping, mismatched or missing shards and a used --out are refused with exit 2.
 */
@Command(name = "merge",
        mixinStandardHelpOptions = true,
        description = "Join the shard folders of one sweep (sweep FILE --shard K/N) into one sweep folder, "
                + "then write sweep.csv, the charts and index.html.")
public final class SweepMergeCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "DIR", description = "The shard folders, one per K, in any order.")
    List<Path> shards;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The merged sweep folder: new or empty.")
    Path out;

    @Option(names = "--no-report", description = "Skip the charts and index.html.")
    boolean noReport;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        ShardMerge merge = ShardMerge.check(shards, out);
        stdout.printf(Locale.ROOT, "sweep merge: %d shard folders, %d points x %d replications = %d runs%n", shards.size(),
                merge.plan().points().size(), merge.plan().replications(), merge.plan().tasks().size());
        stdout.flush();
        SweepCommand.printResults(stdout, out, SweepSummary.headline(merge.base()), merge.writeTo(out, noReport));
        return 0;
    }
}
