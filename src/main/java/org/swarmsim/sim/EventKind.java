package org.swarmsim.sim;

/**
 * An event action that names what kind of event it is, for an {@link EventCensus}. The name should
 * be a constant per kind (a literal, or one cached per message class): the census counts by it.
 * Actions that do not implement it are named after the class that scheduled them.
 */
public interface EventKind {
    /** What this event is about to do, such as {@code deliver Have}; asked just before it runs. */
    String eventKind();
}
