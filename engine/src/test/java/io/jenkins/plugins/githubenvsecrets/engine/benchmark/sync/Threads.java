package io.jenkins.plugins.githubenvsecrets.engine.benchmark.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** A thread per task, as a client that fires everything at once has; daemon threads, so none outlives main. */
final class Threads implements AutoCloseable {
    private final ExecutorService pool;

    Threads(String name) {
        pool = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    <T> Future<T> submit(Callable<T> task) {
        return pool.submit(task);
    }

    /** Every result in order; a task's failure ends the benchmark, since the numbers would mean nothing. */
    static <T> List<T> awaitAll(List<Future<T>> futures) throws InterruptedException {
        List<T> results = new ArrayList<>(futures.size());
        for (Future<T> future : futures) {
            try {
                results.add(future.get());
            } catch (ExecutionException e) {
                throw new IllegalStateException("a request of the benchmark's own clients failed", e.getCause());
            }
        }
        return results;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
