package org.swarmsim.sweep;

import org.swarmsim.run.Progress;

import java.util.List;

/**
 * The default engine: a fixed pool of threads in this process, one replication per thread. The
 * first failure (in task order) stops the pool and is rethrown as it was.
 */
public final class LocalEngine implements SweepEngine {
    private final int threads;

    /** A pool of {@code threads} (>= 1). */
    public LocalEngine(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be >= 1, got " + threads);
        }
        this.threads = threads;
    }

    @Override
    public void run(ScenarioSource source, List<SweepTask> todo, Listener listener) throws Exception {
        ThreadPool.forEach(threads, todo.size(), i -> {
            SweepTask t = todo.get(i);
            Progress progress = listener.progress(t);
            ReplicationFiles files;
            try {
                files = ReplicationFiles.compute(source, t.values(), t.replication(), progress);
            } catch (OutOfMemoryError e) {
                RuntimeException end = listener.outOfMemory(t, progress, e);
                if (end != null) {
                    throw end;
                }
                throw e;
            }
            files.writeInto(t.dir());
            listener.finished(t, files.events());
        });
    }

    @Override
    public String description() {
        return threads + " threads";
    }
}
