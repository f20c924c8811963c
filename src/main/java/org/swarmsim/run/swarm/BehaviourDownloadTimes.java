package org.swarmsim.run.swarm;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.swarmsim.report.CsvTable;

/**
 * The sweep metric {@value #METRIC}: the mean download time of the leechers (initial seeds left
 * out) of each behaviour that completed, read from a run's {@code peers.csv}; one value per
 * behaviour, named {@code behaviour_download_time_mean_s:<behaviour>}, behaviours in name order.
 */
final class BehaviourDownloadTimes {
    static final String METRIC = "behaviour_download_time_mean_s";

    private BehaviourDownloadTimes() {
    }

    static Map<String, Double> of(Path runDir) {
        CsvTable peers = CsvTable.read(runDir.resolve("peers.csv"));
        List<String> behaviours = peers.texts("behaviour");
        double[] seed = peers.numbers("initial_seed");
        double[] time = peers.numbers("download_time_s");
        Map<String, double[]> countAndSum = new TreeMap<>();
        for (int i = 0; i < time.length; i++) {
            if (seed[i] == 1) {
                continue;
            }
            double[] cs = countAndSum.computeIfAbsent(behaviours.get(i), b -> new double[2]);
            if (Double.isFinite(time[i])) {
                cs[0]++;
                cs[1] += time[i];
            }
        }
        Map<String, Double> out = new LinkedHashMap<>();
        countAndSum.forEach((b, cs) -> out.put(METRIC + ":" + b, cs[0] == 0 ? Double.NaN : cs[1] / cs[0]));
        return out;
    }
}
