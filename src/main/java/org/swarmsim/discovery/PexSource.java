package org.swarmsim.discovery;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.swarmsim.bittorrent.peer.Behaviour;
import org.swarmsim.bittorrent.pex.PexConfig;
import org.swarmsim.bittorrent.pex.PexExtension;
import org.swarmsim.bittorrent.pex.PexStats;
import org.swarmsim.scenario.Fields;
import org.swarmsim.scenario.YamlMap;
import org.swarmsim.scenario.YamlNode;
import org.swarmsim.scenario.units.Duration;

/**
 * Discovery by peer exchange (BEP 11, {@code ut_pex}): peers tell the peers they are connected to
 * whom else they are connected to, at most once a minute per connection; the added peers become
 * connection candidates. It needs another source to make the first contact (a tracker, the DHT):
 * PEX only spreads what those gave. Installed as a BEP 10 extension on the peers of the behaviours
 * listed ({@code discovery.pex.behaviours}, default all); {@code variant: bep11} (the first message
 * lists every connected peer, later ones at most 50 added and 50 dropped; a receiver ignores what is
 * over the limits) or {@code libtorrent} (at most 100 each, also in the first message; a peer that
 * breaks the limits or sends more than 6 messages in 60 s is disconnected).
 */
final class PexSource implements DiscoverySource<PexSource.Params> {
    static final PexSource INSTANCE = new PexSource();
    static final List<String> VARIANTS = List.of("bep11", "libtorrent");
    /** The behaviours a scenario may name (those of {@link Behaviour}). */
    static final List<String> BEHAVIOURS = List.of(Behaviour.COMPLIANT.name(), Behaviour.FREE_RIDER.name(),
            Behaviour.CORRUPTER.name());

    /**
     * {@code discovery.pex}.
     *
     * @param variant       {@code bep11} or {@code libtorrent}
     * @param intervalNanos at most one message per connection this often
     * @param behaviours    the behaviours whose peers run PEX (sorted)
     */
    record Params(String variant, long intervalNanos, List<String> behaviours) {
        Params {
            behaviours = List.copyOf(new TreeSet<>(behaviours));
            if (!VARIANTS.contains(variant) || intervalNanos <= 0 || behaviours.isEmpty()) {
                throw new IllegalArgumentException("invalid discovery.pex parameters");
            }
        }

        PexConfig config() {
            return (variant.equals("libtorrent") ? PexConfig.libtorrent() : PexConfig.bep11()).withInterval(intervalNanos);
        }
    }

    @Override
    public String name() {
        return "pex";
    }

    @Override
    public String description() {
        return "peer exchange (BEP 11, ut_pex): connected peers tell each other whom they are connected to; needs a "
                + "first contact from another source";
    }

    @Override
    public List<String> keys() {
        return List.of("variant", "interval", "behaviours");
    }

    @Override
    public Params defaults() {
        return new Params("bep11", PexConfig.bep11().intervalNanos(), BEHAVIOURS);
    }

    @Override
    public Params read(Fields f) {
        Params d = defaults();
        String variant = f.choice("variant", d.variant(), "PEX variant", VARIANTS);
        long interval = f.duration("interval", d.intervalNanos(), 1);
        List<String> behaviours = d.behaviours();
        YamlNode.ListNode list = f.has("behaviours") ? f.list("behaviours") : null;
        if (list != null) {
            List<String> given = new ArrayList<>();
            for (YamlNode item : list.items()) {
                String name = item instanceof YamlNode.ScalarNode s ? s.text() : null;
                if (name == null || !BEHAVIOURS.contains(name)) {
                    f.problem(item, "behaviours", "not a behaviour (given " + item.describe() + "; allowed: "
                            + String.join(", ", BEHAVIOURS) + ")");
                } else {
                    given.add(name);
                }
            }
            if (given.isEmpty() && list.items().isEmpty()) {
                f.problem(list, "behaviours", "at least one behaviour runs PEX (given an empty list; allowed: "
                        + String.join(", ", BEHAVIOURS) + "; leave pex out of discovery.sources for none)");
            }
            behaviours = given.isEmpty() ? d.behaviours() : given;
        }
        return new Params(variant, interval, behaviours);
    }

    @Override
    public void write(Params p, YamlMap map) {
        map.put("variant", p.variant());
        map.put("interval", Duration.format(p.intervalNanos()));
        YamlMap.YamlList l = map.putList("behaviours");
        p.behaviours().forEach(l::add);
    }

    @Override
    public void install(Params p, SwarmSetup setup) {
        PexExtension pex = new PexExtension(p.config(), new PexStats());
        List<String> on = p.behaviours();
        setup.addExtension(pex, peer -> on.contains(peer.behaviour().name()));
    }
}
