package org.swarmsim.run.swarm;

import java.io.IOException;
import java.nio.file.Path;
import org.swarmsim.bittorrent.metainfo.Torrent;
import org.swarmsim.discovery.DiscoveryReader;
import org.swarmsim.discovery.DiscoverySpec;
import org.swarmsim.scenario.Fields;
import org.swarmsim.scenario.ScenarioBasics;
import org.swarmsim.scenario.YamlMap;
import org.swarmsim.scenario.units.ByteSize;
import org.swarmsim.scenario.units.DataRate;
import org.swarmsim.scenario.units.Duration;

/**
 * Reads and writes the sections of a swarm scenario: {@code torrent}, {@code tracker},
 * {@code discovery}, {@code population}, {@code protocol}.
 */
final class SwarmSections {
    private SwarmSections() {
    }

    /** The sections, or null when any has a problem (reported into {@code top}). */
    static SwarmSpec read(Fields top, ScenarioBasics basics) {
        int before = top.problems().size();
        ProtocolSpec protocol = ProtocolReader.read(top.map("protocol", ProtocolReader.KEYS));
        TorrentSpec torrent = torrent(top, protocol);
        TrackerSpec tracker = TrackerReader.read(top.map("tracker", TrackerReader.KEYS));
        DiscoverySpec discovery = DiscoveryReader.read(top);
        PopulationSpec population = new PopulationReader(basics.network(), basics.durationNanos()).population(top);
        CrossSectionChecks.check(top, torrent, discovery);
        if (top.problems().size() != before || population == null) {
            return null;
        }
        return new SwarmSpec(torrent, tracker, discovery, population, protocol);
    }

    private static TorrentSpec torrent(Fields top, ProtocolSpec protocol) {
        Fields f = top.map("torrent", "size", "piece_length", "file", "private", "version");
        if (f == null) {
            top.missing("torrent", "a map with size (and piece_length), or file");
            return new TorrentSpec(1, 1, null, false);
        }
        if (f.has("file")) {
            if (f.has("size") || f.has("piece_length")) {
                f.problem(f.get(f.has("size") ? "size" : "piece_length"), f.has("size") ? "size" : "piece_length",
                        "give either file or size/piece_length, not both (the .torrent file defines them)");
            }
            Path file = f.file("file", true);
            boolean filePrivate = false;
            if (file != null) {
                filePrivate = checkTorrentFile(f, file, protocol.blockSizeBytes());
            }
            if (f.has("version")) {
                f.problem(f.get("version"), "version", "a .torrent file says its own version (given "
                        + f.scalar("version").text() + "; allowed: leave it out with file)");
            }
            if (f.has("private") && f.bool("private", false) != filePrivate) {
                f.problem(f.get("private"), "private", "the .torrent file's info dictionary says private "
                        + (filePrivate ? "1" : "0 (or nothing)") + ", and the flag is part of its info-hash (given "
                        + f.scalar("private").text() + "; allowed: leave it out, or " + filePrivate + ")");
            }
            return new TorrentSpec(0, 0, file == null ? Path.of("missing.torrent") : file, filePrivate);
        }
        long size = f.bytes("size", null, 1);
        long piece = f.bytes("piece_length", TorrentSpec.DEFAULT_PIECE_LENGTH_BYTES, 1);
        long block = protocol.blockSizeBytes();
        if (piece % block != 0) {
            f.problem(f.get("piece_length"), "piece_length", "must be a multiple of protocol.block_size (given "
                    + (f.has("piece_length") ? f.scalar("piece_length").text() : ByteSize.format(piece) + ", the default")
                    + "; block_size is " + ByteSize.format(block) + ")");
        }
        String version = f.choice("version", "1", "metainfo version", TorrentSpec.VERSIONS);
        if (!version.equals("1") && (piece < 16 * 1024 || Long.bitCount(piece) != 1)) {
            f.problem(f.get(f.has("piece_length") ? "piece_length" : "version"), f.has("piece_length") ? "piece_length"
                    : "version", "a v2 or hybrid torrent's piece length must be a power of two of at least 16KiB (given "
                    + ByteSize.format(piece) + "; allowed: 16KiB, 32KiB, ..., 256KiB, ...)");
        }
        return new TorrentSpec(size, piece, null, f.bool("private", false), version);
    }

    /** The .torrent file must parse, and its pieces must be whole blocks (what the run needs); its private flag. */
    private static boolean checkTorrentFile(Fields f, Path file, long blockBytes) {
        try {
            Torrent t = Torrent.read(file);
            if (t.pieceLengthBytes() % blockBytes == 0) {
                return t.isPrivate();
            }
            if (t.pieceLengthBytes() % blockBytes != 0) {
                f.problem(f.get("file"), "file", "the torrent's piece length (" + ByteSize.format(t.pieceLengthBytes())
                        + ") is not a multiple of protocol.block_size (" + ByteSize.format(blockBytes) + ")");
            }
            return t.isPrivate();
        } catch (IOException | IllegalArgumentException e) {
            f.problem(f.get("file"), "file", "not a readable .torrent file (" + e.getMessage() + ")");
            return false;
        }
    }

    /** Writes the five sections, every default spelled out. */
    static void write(SwarmSpec s, YamlMap root) {
        YamlMap torrent = root.putMap("torrent");
        TorrentSpec t = s.torrent();
        if (t.file() != null) {
            torrent.put("file", t.file().toString());
        } else {
            torrent.put("size", ByteSize.format(t.sizeBytes()));
            torrent.put("piece_length", ByteSize.format(t.pieceLengthBytes()));
            torrent.put("private", t.privateFlag());
            torrent.put("version", t.version());
        }
        TrackerReader.write(s.tracker(), root.putMap("tracker"));
        DiscoveryReader.write(s.discovery(), root.putMap("discovery"));
        population(s.population(), root.putMap("population"));
        protocol(s.protocol(), root.putMap("protocol"));
    }

    private static void population(PopulationSpec p, YamlMap o) {
        YamlMap seeds = o.putMap("seeds");
        SeedSpec s = p.seeds();
        seeds.put("count", s.count());
        if (s.capacityClass() != null) {
            seeds.put("class", s.capacityClass());
        } else {
            seeds.put("upload", DataRate.format(s.uploadBytesPerSecond()));
            seeds.put("download", DataRate.format(s.downloadBytesPerSecond()));
        }
        s.lingering().writeAt(seeds, "lingering");
        YamlMap l = o.putMap("leechers");
        LeecherSpec leechers = p.leechers();
        leechers.arrival().writeTo(l);
        leechers.lingering().writeAt(l, "lingering");
        if (!leechers.abort().isNever()) {
            leechers.abort().writeAt(l, "abort");
        }
        l.put("magnet", leechers.magnetShare());
        YamlMap b = l.putMap("behaviours");
        leechers.behaviours().forEach(b::put);
    }

    private static void protocol(ProtocolSpec p, YamlMap o) {
        o.put("picker", p.picker());
        o.put("random_first_pieces", p.randomFirstPieces());
        YamlMap c = o.putMap("choker");
        ChokerSpec k = p.choker();
        c.put("policy", k.policy());
        if (k.activeSet() == org.swarmsim.bittorrent.choker.ActiveSet.FIXED) {
            c.put("regular_slots", k.regularSlots());   // with azureus, each peer's follow from its capacity
        }
        c.put("optimistic_slots", k.optimisticSlots());
        c.put("rechoke_interval", Duration.format(k.rechokeIntervalNanos()));
        c.put("optimistic_interval", Duration.format(k.optimisticIntervalNanos()));
        c.put("window", Duration.format(k.windowNanos()));
        c.put("seed_rule", k.seedRule());
        c.put("active_set", k.activeSet().label());
        o.put("pipeline_depth", p.pipelineDepth());
        o.put("end_game", p.endGame());
        o.put("max_connections", p.maxConnections());
        o.put("max_initiated", p.maxInitiated());
        o.put("connection_slack", p.connectionSlack());
        o.put("snub_timeout", Duration.format(p.snubTimeoutNanos()));
        o.put("keepalive", Duration.format(p.keepaliveNanos()));
        o.put("block_size", ByteSize.format(p.blockSizeBytes()));
        o.put("fast_extension", p.fastExtension());
        YamlMap e = o.putMap("encryption");
        p.encryption().forEach(e::put);
    }
}
