package org.swarmsim.bittorrent.peer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.swarmsim.net.Message;

/** A test listener that keeps every peer wire message delivered, with its sender and receiver. */
final class DeliveredMessages implements SwarmListener {
    /** One delivery. */
    record Delivery(long arrivalNanos, Peer from, Peer to, Message message) {
    }

    final List<Delivery> all = new ArrayList<>();

    @Override
    public boolean wantsMessages() {
        return true;
    }

    @Override
    public void onMessage(long arrivalNanos, Peer from, Peer to, Message message) {
        all.add(new Delivery(arrivalNanos, from, to, message));
    }

    /** The deliveries whose message is a {@code type} and that satisfy {@code which}. */
    <T extends Message> List<Delivery> of(Class<T> type, Predicate<Delivery> which) {
        List<Delivery> out = new ArrayList<>();
        for (Delivery d : all) {
            if (type.isInstance(d.message()) && which.test(d)) {
                out.add(d);
            }
        }
        return out;
    }

    <T extends Message> List<Delivery> of(Class<T> type) {
        return of(type, d -> true);
    }
}
