package dev.lexgraph.util;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Work on many inputs on several threads, its results handed on in the inputs' order on the calling thread:
 * a window of at most {@code ahead} inputs is in flight, so memory stays bounded however many there are.
 * Extracting a folder ({@code extract}) and ingesting one (the extraction ahead of the single writer) both
 * run this way.
 */
public final class InOrder {

    private InOrder() {
    }

    /**
     * Runs {@code work} on each input on {@code threads} threads (daemons named {@code threadName}) and gives
     * each result to {@code sink} in the inputs' order. {@code beforeWait} runs each time the next result is
     * not ready yet (to flush what was written so far, say). Returns the nanoseconds the calling thread spent
     * waiting for results. An exception thrown by {@code work} is rethrown here, unchecked.
     */
    public static <I, O> long map(Iterator<I> inputs, int threads, String threadName, int ahead,
                                  Function<I, O> work, Consumer<O> sink, Runnable beforeWait) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
        long waited = 0;
        try {
            Deque<Future<O>> window = new ArrayDeque<>();
            while (inputs.hasNext() || !window.isEmpty()) {
                while (inputs.hasNext() && window.size() < Math.max(1, ahead)) {
                    I input = inputs.next();
                    window.add(pool.submit(() -> work.apply(input)));
                }
                Future<O> next = window.poll();
                if (!next.isDone()) {
                    beforeWait.run();
                }
                long w0 = System.nanoTime();
                O result = get(next);
                waited += System.nanoTime() - w0;
                sink.accept(result);
            }
        } finally {
            pool.shutdownNow();
        }
        return waited;
    }

    private static <O> O get(Future<O> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
