package io.jenkins.plugins.githubenvsecrets.engine.audit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * An immutable map from text keys, split into 256 shards, so that a changed copy shares all but one shard with the
 * original: changing one entry of a map of 100,000 copies some 400 entries, not 100,000. What lets a snapshot of the
 * index change with every save and still be read without any lock.
 */
final class Shards<V> {
    private static final int COUNT = 256;
    private static final Shards<?> EMPTY = new Shards<>(Collections.nCopies(COUNT, Map.of()));

    private final List<Map<String, V>> shards;

    private Shards(List<Map<String, V>> shards) {
        this.shards = shards;
    }

    @SuppressWarnings("unchecked")
    static <V> Shards<V> empty() {
        return (Shards<V>) EMPTY;
    }

    static <V> Shards<V> of(Map<String, V> entries) {
        List<Map<String, V>> split = new ArrayList<>(COUNT);
        for (int i = 0; i < COUNT; i++) {
            split.add(new HashMap<>());
        }
        entries.forEach((key, value) -> split.get(shard(key)).put(key, value));
        split.replaceAll(Map::copyOf);
        return new Shards<>(List.copyOf(split));
    }

    V get(String key) {
        return shards.get(shard(key)).get(key);
    }

    /** A copy with {@code key} mapped to {@code value}, or without it when {@code value} is null. */
    Shards<V> with(String key, V value) {
        int index = shard(key);
        Map<String, V> shard = new HashMap<>(shards.get(index));
        if (value == null) {
            if (shard.remove(key) == null) {
                return this;
            }
        } else {
            shard.put(key, value);
        }
        List<Map<String, V>> copy = new ArrayList<>(shards);
        copy.set(index, Map.copyOf(shard));
        return new Shards<>(Collections.unmodifiableList(copy));
    }

    void forEachValue(Consumer<V> action) {
        shards.forEach(shard -> shard.values().forEach(action));
    }

    private static int shard(String key) {
        return Math.floorMod(key.hashCode(), COUNT);
    }
}
