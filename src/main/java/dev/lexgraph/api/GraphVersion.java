package dev.lexgraph.api;

import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * The version of the graph as this service wrote it: every write through the service bumps it, before and after
 * it commits, so that an answer computed before a write is never served after it ({@link AnswerCache}).
 */
@Component
public class GraphVersion {

    private final AtomicLong version = new AtomicLong();
    private final java.util.List<Runnable> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    public long current() {
        return version.get();
    }

    /** A write is about to change the graph, or has changed it. */
    public void bump() {
        version.incrementAndGet();
        listeners.forEach(Runnable::run);
    }

    void onBump(Runnable listener) {
        listeners.add(listener);
    }
}
