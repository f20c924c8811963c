package org.swarmsim.run.swarm;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.swarmsim.report.ChartSpec;
import org.swarmsim.report.ChartSpec.Category;
import org.swarmsim.report.ChartSpec.Line;
import org.swarmsim.report.KeyParameter;
import org.swarmsim.report.ReportSpec;
import org.swarmsim.report.ReportSpec.Aggregate;
import org.swarmsim.run.OutputDoc;
import org.swarmsim.run.RunRequest;
import org.swarmsim.run.RunResult;
import org.swarmsim.run.SimulationKind;
import org.swarmsim.scenario.Fields;
import org.swarmsim.scenario.Scenario;
import org.swarmsim.scenario.ScenarioBasics;
import org.swarmsim.scenario.YamlMap;

/**
 * {@code kind: swarm} (the default): a BitTorrent swarm of initial seeds and arriving leechers
 * sharing one torrent, peers found through the discovery sources. Writes {@code timeseries.csv},
 * {@code peers.csv} and {@code summary.json} ({@link SwarmOutputs}) and traces every peer wire
 * message with {@code --trace}.
 */
public final class SwarmKind implements SimulationKind<SwarmSpec> {
    public static final SwarmKind INSTANCE = new SwarmKind();

    /** Initial seeds are shown apart from the leechers of their class: {@code seed:<class>}. */
    private static final Category BY_CLASS = new Category("class", "initial_seed", "seed:");

    /** Initial seeds apart from the leechers of the same behaviour: {@code seed:compliant}. */
    private static final Category BY_BEHAVIOUR = new Category("behaviour", "initial_seed", "seed:");

    private static final List<Aggregate> PER_GROUP = List.of(
            new Aggregate.RowCount("peers"),
            new Aggregate.FiniteCount("completed", "download_time_s"),
            new Aggregate.FiniteMean("download_time_mean_s", "download_time_s"),
            new Aggregate.Sum("bytes_downloaded", "bytes_downloaded"),
            new Aggregate.Sum("bytes_uploaded", "bytes_uploaded"),
            new Aggregate.RatioOfSums("share_ratio", "bytes_uploaded", "bytes_downloaded"));

    private static final ReportSpec REPORT = new ReportSpec("swarmsim run", true,
            List.of(new ReportSpec.Count("peers.csv", "peers"), new ReportSpec.Count("timeseries.csv", "time-series samples")),
            List.of(new ReportSpec.GroupTable("Capacity classes", "peers.csv", BY_CLASS, "class", PER_GROUP),
                    new ReportSpec.GroupTable("Behaviours", "peers.csv", BY_BEHAVIOUR, "behaviour", PER_GROUP, true)),
            List.of(
                    new ChartSpec.Lines("population", "Swarm population", "timeseries.csv", "time_s",
                            "simulated time (s)", "peers", List.of(Line.of("peers"), Line.of("seeds"), Line.of("leechers")),
                            true, null, null, null),
                    new ChartSpec.Cdf("download-cdf", "Download-time CDF", "peers.csv", "download time (s)",
                            "fraction of completed peers",
                            List.of(new ChartSpec.Sample("completed peers", "download_time_s", null)), false,
                            "{n0} peers completed (of {rows} with the initial seeds, which download nothing)"),
                    new ChartSpec.Boxes("download-by-class", "Download time per capacity class", "peers.csv", BY_CLASS,
                            "download_time_s", "capacity class", "download time (s)",
                            "box: quartiles, line: median, whiskers: 1.5 IQR; completed peers only"),
                    new ChartSpec.WhenSeveral("behaviour", new ChartSpec.Boxes("download-by-behaviour",
                            "Download time per behaviour", "peers.csv", BY_BEHAVIOUR, "download_time_s", "behaviour",
                            "download time (s)", "box: quartiles, line: median, whiskers: 1.5 IQR; completed peers only")),
                    new ChartSpec.Scatter("fairness", "Fairness: uploaded vs downloaded per peer", "peers.csv", BY_CLASS,
                            "bytes_downloaded", "bytes_uploaded", 1e6, "downloaded (MB)", "uploaded (MB)",
                            "dashed line: share ratio 1"),
                    new ChartSpec.Lines("availability", "Piece availability", "timeseries.csv", "time_s",
                            "simulated time (s)", "copies per piece",
                            List.of(Line.of("availability_min"), Line.of("availability_mean")), true, null,
                            "pieces_missing", "pieces missing (except seeds)"),
                    new ChartSpec.Lines("utilisation", "Upload utilisation", "timeseries.csv", "time_s",
                            "simulated time (s)", "aggregate upload rate / capacity",
                            List.of(Line.of("upload_utilisation")), false, new ChartSpec.Range(0, 1.05), null, null)),
            new ReportSpec.Completion("peers.csv", "leechers", "download_time_s", "initial_seed", "initial seed"));

    private SwarmKind() {
    }

    @Override
    public String name() {
        return "swarm";
    }

    @Override
    public String description() {
        return "a BitTorrent swarm: initial seeds and arriving leechers share one torrent over the network";
    }

    @Override
    public List<String> sectionKeys() {
        return List.of("torrent", "tracker", "discovery", "population", "protocol");
    }

    @Override
    public Class<SwarmSpec> sectionType() {
        return SwarmSpec.class;
    }

    @Override
    public SwarmSpec read(Fields top, ScenarioBasics basics) {
        return SwarmSections.read(top, basics);
    }

    @Override
    public void write(SwarmSpec section, YamlMap root) {
        SwarmSections.write(section, root);
    }

    @Override
    public String hintForForeignKey(String key) {
        return key.equals("dht") ? "a swarm's own DHT is set under discovery" : "";
    }

    @Override
    public org.swarmsim.run.MemoryEstimate memoryEstimate(Scenario scenario) {
        return SwarmMemory.of(scenario);
    }

    @Override
    public RunResult run(Scenario scenario, RunRequest request) {
        return SwarmRun.run(scenario, request);
    }

    @Override
    public List<OutputDoc> outputs() {
        return SwarmOutputs.docs();
    }

    @Override
    public List<String> sweepMetrics() {
        return SwarmOutputs.SWEEP_METRICS;
    }

    @Override
    public List<String> defaultSweepMetrics(Scenario scenario) {
        if (((SwarmSpec) scenario.section()).population().leechers().behaviours().size() < 2) {
            return SwarmOutputs.SWEEP_METRICS;
        }
        List<String> metrics = new ArrayList<>(SwarmOutputs.SWEEP_METRICS);
        metrics.add(BehaviourDownloadTimes.METRIC);
        return metrics;
    }

    @Override
    public List<String> derivedSweepMetrics() {
        return List.of(BehaviourDownloadTimes.METRIC);
    }

    @Override
    public Map<String, Double> derivedSweepValues(String metric, Path runDir) {
        if (!metric.equals(BehaviourDownloadTimes.METRIC)) {
            return SimulationKind.super.derivedSweepValues(metric, runDir);
        }
        return BehaviourDownloadTimes.of(runDir);
    }

    @Override
    public ReportSpec report() {
        return REPORT;
    }

    @Override
    public List<KeyParameter> keyParameters(Scenario scenario) {
        return SwarmHeader.of(scenario);

    }

    @Override
    public java.util.SortedSet<String> traceTypes() {
        return SwarmTrace.types(List.of("extended", "extension_handshake", "lt_tex", "ut_metadata", "ut_pex"));
    }
}
