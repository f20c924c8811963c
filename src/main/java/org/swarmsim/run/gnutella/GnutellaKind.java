package org.swarmsim.run.gnutella;

import org.swarmsim.run.ScenarioHeader;
import org.swarmsim.report.ReadableNumber;
import org.swarmsim.report.KeyParameter;
import java.util.ArrayList;
import java.util.List;
import org.swarmsim.report.ChartSpec;
import org.swarmsim.report.ChartSpec.Line;
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
 * {@code kind: gnutella}: an unstructured overlay of Gnutella 0.6 servents (flat, or ultrapeers and
 * leaves) answering queries by flooding, expanding rings, random walks or two-tier query routing,
 * over {@code net} connections. Writes {@code timeseries.csv}, {@code queries.csv},
 * {@code servents.csv}, {@code flood-growth.csv}, {@code success-by-ttl.csv} and {@code summary.json} ({@link GnutellaOutputs}).
 */
public final class GnutellaKind implements SimulationKind<GnutellaSpec> {
    public static final GnutellaKind INSTANCE = new GnutellaKind();

    private static final ReportSpec REPORT = new ReportSpec("swarmsim Gnutella", false,
            List.of(new ReportSpec.Count("queries.csv", "searches"), new ReportSpec.Count("servents.csv", "servents")),
            List.of(new ReportSpec.GroupTable("Searches by method", "queries.csv", ChartSpec.Category.of("label"),
                    "method", List.of(new Aggregate.RowCount("searches"),
                    new Aggregate.FiniteMean("success rate", "success"),
                    new Aggregate.FiniteMean("messages / search", "messages"),
                    new Aggregate.FiniteMean("reached / search", "reached"),
                    new Aggregate.FiniteMean("duplicates / search", "duplicates"),
                    new Aggregate.FiniteMean("hops to first hit", "first_hit_hops"),
                    new Aggregate.FiniteMean("s to first hit", "first_hit_s")))),
            List.of(
                    new ChartSpec.Boxes("messages-by-method", "Messages per search by method", "queries.csv",
                            ChartSpec.Category.of("label"), "messages", "method", "Query descriptors per search",
                            "box: quartiles, line: median, whiskers: 1.5 IQR"),
                    new ChartSpec.Lines("success-vs-ttl", "Success against TTL (flooded searches)",
                            "success-by-ttl.csv", "ttl", "TTL t", "fraction of searches with a hit within t hops",
                            List.of(new Line("success", "success", false)), false, new ChartSpec.Range(0, 1.05), null,
                            null),
                    new ChartSpec.Cdf("load-cdf", "Load per servent", "servents.csv", "descriptors received",
                            "fraction of servents", List.of(new ChartSpec.Sample("servents", "messages_handled", null)),
                            false, "{rows} servents"),
                    new ChartSpec.Lines("flood-growth", "The first flood, hop by hop", "flood-growth.csv", "hop", "hop",
                            "count", List.of(new Line("messages", "copies received", false),
                                    new Line("reached_new", "servents first reached", false),
                                    new Line("duplicates", "duplicates", false)), true, null, null, null),
                    new ChartSpec.Lines("traffic", "Descriptors per second", "timeseries.csv", "time_s",
                            "simulated time (s)", "descriptors per second", List.of(
                                    Line.of("query_msgs_per_s"), Line.of("queryhit_msgs_per_s"),
                                    Line.of("ping_msgs_per_s"), Line.of("pong_msgs_per_s")),
                            true, null, "servents_online", "servents online")));

    private GnutellaKind() {
    }

    @Override
    public String name() {
        return "gnutella";
    }

    @Override
    public String description() {
        return "an unstructured Gnutella overlay searched by flooding, expanding rings, random walks or ultrapeers";
    }

    @Override
    public List<String> sectionKeys() {
        return List.of("gnutella");
    }

    @Override
    public Class<GnutellaSpec> sectionType() {
        return GnutellaSpec.class;
    }

    @Override
    public GnutellaSpec read(Fields top, ScenarioBasics basics) {
        return GnutellaReader.read(top);
    }

    @Override
    public void write(GnutellaSpec section, YamlMap root) {
        GnutellaReader.write(section, root);
    }

    @Override
    public org.swarmsim.run.MemoryEstimate memoryEstimate(Scenario scenario) {
        return GnutellaMemory.of(scenario);
    }

    @Override
    public RunResult run(Scenario scenario, RunRequest request) {
        return new GnutellaRun(scenario, request.replication()).run(request);
    }

    @Override
    public List<OutputDoc> outputs() {
        return GnutellaOutputs.docs();
    }

    @Override
    public List<String> sweepMetrics() {
        return GnutellaOutputs.SWEEP_METRICS;
    }

    @Override
    public ReportSpec report() {
        return REPORT;
    }

    @Override
    public List<KeyParameter> keyParameters(Scenario scenario) {
        GnutellaSpec g = (GnutellaSpec) scenario.section();
        List<KeyParameter> out = new ArrayList<>();
        out.add(new KeyParameter("Overlay", ReadableNumber.plain(g.topology().nodes()) + " servents, " + g.topology().model()
                + (g.ultrapeers() == null ? "" : ", two-tier")));
        List<String> methods = new ArrayList<>();
        g.methods().forEach(m -> methods.add(m.name()));
        out.add(new KeyParameter("Search methods", String.join(", ", methods)));
        out.add(new KeyParameter("Queries", ReadableNumber.plain(g.workload().perSecond()) + " per second"));
        out.add(new KeyParameter("Content", ReadableNumber.plain(g.content().objects()) + " objects, "
                + ReadableNumber.plain(g.content().replicas()) + " replicas (" + g.content().allocation() + ")"));
        out.add(new KeyParameter("Churn", g.churn() == null ? "none" : "sessions " + g.churn().session().dist()));
        out.addAll(ScenarioHeader.common(scenario, true));
        return out;
    }

    @Override
    public java.util.SortedSet<String> traceTypes() {
        return GnutellaStats.traceTypes();
    }
}
