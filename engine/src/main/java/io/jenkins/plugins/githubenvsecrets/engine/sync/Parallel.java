package io.jenkins.plugins.githubenvsecrets.engine.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a stage of every target side by side: reads are cheap and GitHub allows them concurrently, while writes go
 * one at a time anyway. A stage keeps its own failures for the report, so only an interruption or an error of the JVM
 * comes out of it.
 */
final class Parallel {
    /** Targets read at once: a handful is what GitHub's guidance on concurrent requests comfortably allows. */
    static final int MAX_THREADS = 4;

    private Parallel() {
    }

    /** A stage of one target. */
    @FunctionalInterface
    interface Stage<T> {
        void run(T item) throws InterruptedException;
    }

    /**
     * Runs {@code stage} for every item, up to {@link #MAX_THREADS} at once, while {@code meanwhile} runs on this
     * thread; returns when all are done.
     */
    static <T> void run(List<T> items, Stage<T> stage, Runnable meanwhile) throws InterruptedException {
        if (items.size() <= 1) {
            meanwhile.run();
            for (T item : items) {
                stage.run(item);
            }
            return;
        }
        ExecutorService threads = Executors.newFixedThreadPool(Math.min(items.size(), MAX_THREADS), runnable -> {
            Thread thread = new Thread(runnable, "github-environment-secrets-reader");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Void>> running = new ArrayList<>();
            for (T item : items) {
                running.add(threads.submit(() -> {
                    stage.run(item);
                    return null;
                }));
            }
            meanwhile.run();
            for (Future<Void> future : running) {
                future.get();
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof InterruptedException interrupted) {
                throw interrupted;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("A stage of a target failed", e.getCause());
        } finally {
            threads.shutdownNow();
        }
    }
}
