package org.swarmsim.run.finders;

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
 * {@code kind: finders}: a finder network (seed 000's meta-overlay of peer finders) alone —
 * finders elected among the nodes and arranged by a routing geometry, peers attached to them and
 * registered with their swarms' home finders, then searches of swarms or locates of keys,
 * optionally under churn and failures. Writes {@code timeseries.csv}, {@code searches.csv},
 * {@code finders.csv} and {@code summary.json} ({@link FindersOutputs}); {@code --trace} streams
 * every datagram to {@code trace.jsonl}.
 */
public final class FindersKind implements SimulationKind<FindersSpec> {
    public static final FindersKind INSTANCE = new FindersKind();

    private static final ReportSpec REPORT = new ReportSpec("swarmsim finder network", false,
            List.of(new ReportSpec.Count("searches.csv", "searches"), new ReportSpec.Count("finders.csv", "finders")),
            List.of(),
            List.of(
                    new ChartSpec.Histogram("hops-histogram", "Finder hops per answered search", "searches.csv", "hops",
                            "hops", "searches", "{rows} answered searches"),
                    new ChartSpec.Cdf("latency-cdf", "Search latency CDF", "searches.csv", "start to first answer (s)",
                            "fraction of searches", List.of(new ChartSpec.Sample("answered", "latency_s", null),
                                    new ChartSpec.Sample("successful", "latency_s", "success")), true,
                            "{n0} answered, {n1} successful"),
                    new ChartSpec.Lines("success-over-time", "Search success over time", "timeseries.csv", "time_s",
                            "simulated time (s)", "fraction", List.of(new Line("success_rate", "success rate", false)),
                            false, new ChartSpec.Range(0, 1.05), "finders_online", "finders online"),
                    new ChartSpec.Cdf("load-per-finder", "Routing load per finder", "finders.csv",
                            "routed messages handled over the run", "fraction of finders",
                            List.of(new ChartSpec.Sample("all finders", "routed", null)), false, "{n0} finders")));

    private FindersKind() {
    }

    @Override
    public String name() {
        return "finders";
    }

    @Override
    public String description() {
        return "a finder network: finders in a routing geometry lead peers to swarms; searches, locates, churn, failures";
    }

    @Override
    public List<String> sectionKeys() {
        return List.of("finders");
    }

    @Override
    public Class<FindersSpec> sectionType() {
        return FindersSpec.class;
    }

    @Override
    public String derivedDuration() {
        return "the run lasts finders.warmup + finders.workload.duration";
    }

    @Override
    public long durationNanos(FindersSpec section) {
        return section.workloadEndNanos();
    }

    @Override
    public FindersSpec read(Fields top, ScenarioBasics basics) {
        return FindersReader.read(top);
    }

    @Override
    public void write(FindersSpec section, YamlMap root) {
        FindersReader.write(section, root);
    }

    @Override
    public org.swarmsim.run.MemoryEstimate memoryEstimate(Scenario scenario) {
        return FindersMemory.of(scenario);
    }

    @Override
    public RunResult run(Scenario scenario, RunRequest request) {
        return new FindersRun(scenario, request.replication()).run(request);
    }

    @Override
    public List<OutputDoc> outputs() {
        return FindersOutputs.docs();
    }

    @Override
    public List<String> sweepMetrics() {
        return FindersOutputs.SWEEP_METRICS;
    }

    @Override
    public ReportSpec report() {
        return REPORT;
    }

    @Override
    public List<KeyParameter> keyParameters(Scenario scenario) {
        FindersSpec f = (FindersSpec) scenario.section();
        List<KeyParameter> out = new ArrayList<>();
        out.add(new KeyParameter("Nodes", ReadableNumber.plain(f.nodes()) + ", " + ScenarioHeader.percent(f.fraction())
                + " of them finders (" + f.election() + ")"));
        out.add(new KeyParameter("Geometry", f.geometry() + ", " + f.links() + " links"));
        out.add(new KeyParameter("Swarms", ReadableNumber.plain(f.swarms())));
        out.add(new KeyParameter("Workload", f.workload().target() + ", " + ReadableNumber.plain(f.workload().perSecond())
                + " per second for " + ScenarioHeader.seconds(f.workload().durationNanos())));
        out.add(new KeyParameter("Churn", f.churn() == null ? "none" : "finder sessions " + f.churn().session().dist()));
        out.addAll(ScenarioHeader.common(scenario, true));
        return out;
    }

    @Override
    public java.util.SortedSet<String> traceTypes() {
        return FindersStats.traceTypes();
    }
}
