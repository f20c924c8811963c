package org.swarmsim.sim;

import java.util.ArrayDeque;
import java.util.function.Consumer;

/**
 * An unbounded FIFO store of items, in the style of SimPy's {@code Store}: {@link #put} adds an
 * item; {@link #get} hands the next item to a callback, at once if one is waiting, otherwise when
 * one is put. Waiting getters are served in the order they called {@code get}.
 *
 * <p>Callbacks always run as events at the current time, never inside {@code put} or {@code get},
 * so a callback may call {@code get} again (the usual server loop) without recursion.
 */
public final class FifoQueue<T> {
    private final Scheduler scheduler;
    private final ArrayDeque<T> items = new ArrayDeque<>();
    private final ArrayDeque<Consumer<? super T>> getters = new ArrayDeque<>();

    public FifoQueue(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    /** Adds an item; if a getter is waiting, it receives the item at the current time. */
    public void put(T item) {
        if (item == null) {
            throw new NullPointerException("item");
        }
        Consumer<? super T> getter = getters.poll();
        if (getter != null) {
            scheduler.schedule(0, () -> getter.accept(item));
        } else {
            items.add(item);
        }
    }

    /** Asks for the next item; {@code onItem} runs when one is available. */
    public void get(Consumer<? super T> onItem) {
        T item = items.poll();
        if (item != null) {
            scheduler.schedule(0, () -> onItem.accept(item));
        } else {
            getters.add(onItem);
        }
    }

    /** Items stored and not yet handed out. */
    public int size() {
        return items.size();
    }

    /** Getters waiting for an item. */
    public int waitingGetters() {
        return getters.size();
    }
}
