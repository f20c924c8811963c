package org.swarmsim.discovery;

import java.util.List;
import org.swarmsim.bittorrent.tex.TexConfig;
import org.swarmsim.bittorrent.tex.TexExtension;
import org.swarmsim.bittorrent.tex.TexStats;
import org.swarmsim.scenario.Fields;
import org.swarmsim.scenario.YamlMap;
import org.swarmsim.scenario.units.Duration;

/**
 * Tracker exchange (BEP 28, {@code lt_tex}, as libtorrent does it): connected peers tell each other
 * the trackers they know that work (or that came with the torrent), at most every 2 minutes per
 * connection, the first time the whole list (unless the two lists' {@code tr} hashes in the
 * extension handshakes match), then only additions; a peer adds the trackers it hears of to the end
 * of its announce-list. It finds trackers, not peers, so it needs the {@code tracker} source; it is
 * what moves leechers that know only the first tracker ({@code tracker.full_list} below 100%) to the
 * others when it goes down.
 */
final class TexSource implements DiscoverySource<TexSource.Params> {
    static final TexSource INSTANCE = new TexSource();

    /** {@code discovery.tex}: at most one message per connection this often. */
    record Params(long intervalNanos) {
        Params {
            if (intervalNanos <= 0) {
                throw new IllegalArgumentException("the tracker exchange interval must be > 0");
            }
        }
    }

    @Override
    public String name() {
        return "tex";
    }

    @Override
    public String description() {
        return "tracker exchange (BEP 28, lt_tex): connected peers tell each other the trackers that work; needs the "
                + "tracker source";
    }

    @Override
    public List<String> keys() {
        return List.of("interval");
    }

    @Override
    public Params defaults() {
        return new Params(TexConfig.defaults().intervalNanos());
    }

    @Override
    public Params read(Fields f) {
        return new Params(f.duration("interval", defaults().intervalNanos(), 1));
    }

    @Override
    public void write(Params p, YamlMap map) {
        map.put("interval", Duration.format(p.intervalNanos()));
    }

    @Override
    public void install(Params p, SwarmSetup setup) {
        setup.addExtension(new TexExtension(TexConfig.defaults().withInterval(p.intervalNanos()), new TexStats()),
                peer -> true);
    }
}
