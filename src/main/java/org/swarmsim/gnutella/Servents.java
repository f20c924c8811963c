package org.swarmsim.gnutella;

import java.util.List;
import org.swarmsim.net.Node;
import org.swarmsim.sim.random.RandomStream;

/**
 * What a servent can learn about others outside its connections: who answers at a network address
 * (the handshake's {@code X-Ultrapeer} header tells the role; a Pong gives the address), and a
 * bootstrap host cache (a GWebCache) that hands out addresses of online servents.
 */
public interface Servents {
    /** The servent at {@code node}, or null. */
    Servent at(Node node);

    /** Up to {@code max} online servents of {@code role} other than {@code asking}, chosen with {@code random}. */
    List<Servent> bootstrap(Servent asking, Role role, int max, RandomStream random);
}
