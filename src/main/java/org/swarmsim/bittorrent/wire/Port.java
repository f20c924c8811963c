package org.swarmsim.bittorrent.wire;

/**
 * Port (BEP 5, id 9): the UDP port of the sender's DHT node; 7 bytes.
 *
 * @param port 0..65535
 */
public record Port(int port) implements PeerMessage {
    public Port {
        if (port < 0 || port > 0xFFFF) {
            throw new IllegalArgumentException("port must be 0..65535, got " + port);
        }
    }

    @Override
    public int id() {
        return PORT;
    }

    @Override
    public int wireSize() {
        return 7;
    }
}
