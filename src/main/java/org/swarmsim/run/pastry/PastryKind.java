package org.swarmsim.run.pastry;

import org.swarmsim.run.ScenarioHeader;
import org.swarmsim.report.ReadableNumber;
import org.swarmsim.report.KeyParameter;
import java.util.ArrayList;
import java.util.List;
import org.swarmsim.report.ChartSpec;
import org.swarmsim.report.ChartSpec.Line;
import org.swarmsim.report.ReportSpec;
import org.swarmsim.run.OutputDoc;
import org.swarmsim.run.RunRequest;
import org.swarmsim.run.RunResult;
import org.swarmsim.run.SimulationKind;
import org.swarmsim.scenario.Fields;
import org.swarmsim.scenario.Scenario;
import org.swarmsim.scenario.ScenarioBasics;
import org.swarmsim.scenario.YamlMap;

/**
 * {@code kind: pastry}: a Pastry-style prefix-routing DHT alone (routing table of base-2^b digit
 * rows, leaf set, neighbourhood set, proximity neighbour selection), built by the join protocol,
 * then asked to route lookups and to insert and get values, optionally under churn and failures.
 * Writes {@code timeseries.csv}, {@code lookups.csv}, {@code nodes.csv} and {@code summary.json}
 * ({@link PastryOutputs}); {@code --trace} streams every datagram to {@code trace.jsonl}.
 */
public final class PastryKind implements SimulationKind<PastrySpec> {
    public static final PastryKind INSTANCE = new PastryKind();

    private static final ReportSpec REPORT = new ReportSpec("swarmsim Pastry", false,
            List.of(new ReportSpec.Count("lookups.csv", "routed messages"), new ReportSpec.Count("nodes.csv", "nodes")),
            List.of(),
            List.of(
                    new ChartSpec.Histogram("hops-histogram", "Hops per route", "lookups.csv", "hops", "hops",
                            "routes", "{rows} routes"),
                    new ChartSpec.Cdf("latency-cdf", "Route latency CDF", "lookups.csv", "start to delivery (s)",
                            "fraction of routes", List.of(new ChartSpec.Sample("all routes", "latency_s", null),
                                    new ChartSpec.Sample("delivered to the true root", "latency_s", "success")), true,
                            "{n0} routes, {n1} to the true root"),
                    new ChartSpec.Lines("success-over-time", "Routes delivered to the true root, over time",
                            "timeseries.csv", "time_s", "simulated time (s)", "fraction", List.of(
                                    new Line("success_rate", "success rate", false)),
                            false, new ChartSpec.Range(0, 1.05), "nodes_online", "nodes online"),
                    new ChartSpec.Lines("hops-over-time", "Mean hops over time", "timeseries.csv", "time_s",
                            "simulated time (s)", "hops", List.of(new Line("hops_mean", "mean hops", false)),
                            false, null, "messages_per_s", "datagrams per second")));

    private PastryKind() {
    }

    @Override
    public String name() {
        return "pastry";
    }

    @Override
    public String description() {
        return "a Pastry prefix-routing DHT: nodes join, optionally churn or fail, and route lookups, inserts and gets";
    }

    @Override
    public List<String> sectionKeys() {
        return List.of("pastry");
    }

    @Override
    public Class<PastrySpec> sectionType() {
        return PastrySpec.class;
    }

    @Override
    public String derivedDuration() {
        return "the run lasts (pastry.nodes - 1) x pastry.join_interval + pastry.settle + pastry.workload.duration";
    }

    @Override
    public long durationNanos(PastrySpec section) {
        return section.workloadEndNanos();
    }

    @Override
    public PastrySpec read(Fields top, ScenarioBasics basics) {
        return PastryReader.read(top);
    }

    @Override
    public void write(PastrySpec section, YamlMap root) {
        PastryReader.write(section, root);
    }

    @Override
    public org.swarmsim.run.MemoryEstimate memoryEstimate(Scenario scenario) {
        return PastryMemory.of(scenario);
    }

    @Override
    public RunResult run(Scenario scenario, RunRequest request) {
        return new PastryRun(scenario, request.replication()).run(request);
    }

    @Override
    public List<OutputDoc> outputs() {
        return PastryOutputs.docs();
    }

    @Override
    public List<String> sweepMetrics() {
        return PastryOutputs.SWEEP_METRICS;
    }

    @Override
    public ReportSpec report() {
        return REPORT;
    }

    @Override
    public List<KeyParameter> keyParameters(Scenario scenario) {
        PastrySpec p = (PastrySpec) scenario.section();
        List<KeyParameter> out = new ArrayList<>();
        out.add(new KeyParameter("Nodes", ReadableNumber.plain(p.nodes()) + " joining every " + ScenarioHeader.seconds(p.joinIntervalNanos())));
        out.add(new KeyParameter("Pastry", "b = " + p.config().bitsPerDigit() + " bits per digit, leaf set "
                + p.config().leafSetSize() + ", neighbourhood " + p.config().neighbourhoodSize()));
        out.add(new KeyParameter("Workload", ReadableNumber.plain(p.workload().lookupsPerSecond()) + " lookups, "
                + ReadableNumber.plain(p.workload().insertsPerSecond()) + " inserts, "
                + ReadableNumber.plain(p.workload().getsPerSecond()) + " gets per second for "
                + ScenarioHeader.seconds(p.workload().durationNanos())));
        out.add(new KeyParameter("Churn and failures", (p.churn() == null ? "no churn" : "churn, sessions " + p.churn().session().dist())
                + "; " + p.failures().size() + " failure events"));
        out.addAll(ScenarioHeader.common(scenario, false));
        return out;
    }

    @Override
    public java.util.SortedSet<String> traceTypes() {
        return PastryStats.traceTypes();
    }
}
