package org.swarmsim.run.dhtlookups;

import org.swarmsim.run.ScenarioHeader;
import org.swarmsim.report.ReadableNumber;
import org.swarmsim.report.KeyParameter;
import java.util.ArrayList;
import java.util.List;
import org.swarmsim.kademlia.Termination;
import org.swarmsim.report.ChartSpec;
import org.swarmsim.report.ChartSpec.Line;
import org.swarmsim.report.ReportSpec;
import org.swarmsim.run.OutputDoc;
import org.swarmsim.run.RunRequest;
import org.swarmsim.run.RunResult;
import org.swarmsim.run.SimulationKind;
import org.swarmsim.scenario.Fields;
import org.swarmsim.scenario.Registry;
import org.swarmsim.scenario.Scenario;
import org.swarmsim.scenario.ScenarioBasics;
import org.swarmsim.scenario.YamlMap;

/**
 * {@code kind: dht_lookups}: a Kademlia network alone (BEP 5 RPCs with their real KRPC sizes, as
 * UDP datagrams) answering random lookups, optionally under churn; each lookup judged against the
 * true k closest online nodes. Writes {@code timeseries.csv}, {@code lookups.csv} and
 * {@code summary.json} ({@link DhtLookupOutputs}).
 */
public final class DhtLookupsKind implements SimulationKind<DhtLookupSpec> {
    public static final DhtLookupsKind INSTANCE = new DhtLookupsKind();

    /** Lookup stopping rules by {@code dht.termination}. */
    public static final Registry<Void, Termination> TERMINATIONS = new Registry<Void, Termination>("termination", "dht.termination")
            .register("k_closest_answered", "stop when the k closest nodes seen have all answered (the Kademlia "
                    + "paper's rule)", v -> Termination.K_CLOSEST_ANSWERED)
            .register("strict", "as k_closest_answered, and also wait for every outstanding query",
                    v -> Termination.STRICT)
            .register("no_progress", "stop when alpha answers in a row bring nothing closer than the closest "
                    + "answered (what many clients do)", v -> Termination.NO_PROGRESS);

    private static final ReportSpec REPORT = new ReportSpec("swarmsim DHT lookups", false,
            List.of(new ReportSpec.Count("lookups.csv", "lookups"), new ReportSpec.Count("timeseries.csv",
                    "time-series samples")),
            List.of(),
            List.of(
                    new ChartSpec.Cdf("lookup-latency-cdf", "Lookup-latency CDF", "lookups.csv", "lookup latency (s)",
                            "fraction of lookups", List.of(new ChartSpec.Sample("all lookups", "latency_s", null),
                                    new ChartSpec.Sample("successful lookups", "latency_s", "success")), true,
                            "{n0} lookups, {n1} successful"),
                    new ChartSpec.Histogram("lookup-hops", "Lookup hops", "lookups.csv", "rounds", "rounds (hops)",
                            "lookups", "{rows} lookups"),
                    new ChartSpec.Lines("lookup-success", "Lookup success over time", "timeseries.csv", "time_s",
                            "simulated time (s)", "fraction", List.of(
                                    new Line("lookup_success_rate", "lookup success rate", false),
                                    new Line("nodes_online", "fraction of nodes online", true)),
                            true, new ChartSpec.Range(0, 1.05), null, null)));

    private DhtLookupsKind() {
    }

    @Override
    public String name() {
        return "dht_lookups";
    }

    @Override
    public String description() {
        return "a Kademlia network alone: nodes join, optionally churn, and look up random ids";
    }

    @Override
    public List<String> sectionKeys() {
        return DhtLookupReader.sectionKeys();
    }

    @Override
    public Class<DhtLookupSpec> sectionType() {
        return DhtLookupSpec.class;
    }

    @Override
    public String derivedDuration() {
        return "the run lasts dht.nodes x dht.join_interval + dht.lookup_duration";
    }

    @Override
    public long durationNanos(DhtLookupSpec section) {
        return section.lookupsEndNanos();
    }

    @Override
    public DhtLookupSpec read(Fields top, ScenarioBasics basics) {
        return DhtLookupReader.read(top);
    }

    @Override
    public void write(DhtLookupSpec section, YamlMap root) {
        DhtLookupReader.write(section, root);
    }

    @Override
    public org.swarmsim.run.MemoryEstimate memoryEstimate(Scenario scenario) {
        return DhtMemory.of(scenario);
    }

    @Override
    public RunResult run(Scenario scenario, RunRequest request) {
        return new DhtLookupRun(scenario, request.replication()).run(request);
    }

    @Override
    public List<OutputDoc> outputs() {
        return DhtLookupOutputs.docs();
    }

    @Override
    public List<String> sweepMetrics() {
        return DhtLookupOutputs.SWEEP_METRICS;
    }

    @Override
    public ReportSpec report() {
        return REPORT;
    }

    @Override
    public List<KeyParameter> keyParameters(Scenario scenario) {
        DhtLookupSpec d = (DhtLookupSpec) scenario.section();
        List<KeyParameter> out = new ArrayList<>();
        out.add(new KeyParameter("Nodes", ReadableNumber.plain(d.nodes()) + " joining every " + ScenarioHeader.seconds(d.joinIntervalNanos())));
        out.add(new KeyParameter("Kademlia", "k = " + d.k() + ", alpha = " + d.alpha() + ", termination " + d.termination()));
        out.add(new KeyParameter("Lookups", ReadableNumber.plain(d.lookupsPerSecond()) + " per second for "
                + ScenarioHeader.seconds(d.lookupDurationNanos())));
        out.add(new KeyParameter("Churn", d.churn() == null ? "none" : "sessions " + d.churn().session().dist()
                + ", offline " + d.churn().offline().dist()));
        out.addAll(ScenarioHeader.common(scenario, false));
        return out;
    }

    @Override
    public java.util.SortedSet<String> traceTypes() {
        return DhtTrace.types();
    }
}
