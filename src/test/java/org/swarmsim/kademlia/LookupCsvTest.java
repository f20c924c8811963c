package org.swarmsim.kademlia;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.swarmsim.overlay.NodeId;
import org.swarmsim.run.dhtlookups.DhtLookupOutputs;
import org.swarmsim.run.dhtlookups.LookupRecord;
import org.swarmsim.sim.SimTime;

class LookupCsvTest {
    private static String runAndWrite() {
        DhtFixture f = new DhtFixture(12, DhtConfig.bep5(), true).grow(100, SimTime.millis(50));
        List<LookupRecord> table = new ArrayList<>();
        f.dht.addLookupListener(r -> table.add(new LookupRecord(r.startNanos(), r.origin(), r.target().toString(),
                r.kind().name().toLowerCase(Locale.ROOT), r.rounds(), r.messagesSent(), r.timeouts(), r.latencyNanos(),
                r.success(), r.exact())));
        int before = table.size();
        for (int i = 0; i < 20; i++) {
            DhtNode n = f.nodes.get(i * 5);
            NodeId target = NodeId.random(f.streams.stream("target", i));
            f.sim.schedule(i * SimTime.millis(10), () -> n.lookup(target, null));
        }
        f.sim.run(f.sim.now() + SimTime.seconds(20));
        assertEquals(before + 20, table.size(), "every lookup (joins included) reaches the listener");
        return DhtLookupOutputs.LOOKUPS.toCsv(table);
    }

    @Test
    void lookupsCsvHasOneRowPerLookupAndIsByteIdenticalOnRerun() {
        String csv = runAndWrite();
        String[] lines = csv.split("\n");
        assertEquals(String.join(",", DhtLookupOutputs.LOOKUPS.header()), lines[0]);
        String last = lines[lines.length - 1];
        String[] fields = last.split(",");
        assertEquals(DhtLookupOutputs.LOOKUPS.columns().size(), fields.length);
        assertEquals(40, fields[2].length());
        assertEquals("find_node", fields[3]);
        assertEquals("1", fields[8], "static network: success");
        assertEquals("1", fields[9], "static network: exact k closest");
        assertEquals(csv, runAndWrite());
    }
}
