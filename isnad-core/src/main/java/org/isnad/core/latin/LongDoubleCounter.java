package org.isnad.core.latin;

import java.util.function.BiConsumer;

/**
 * A growable open-addressing map from {@code long} to summed {@code double}, used only while the
 * letter model is estimated (local to one call, never shared): counting a few hundred thousand
 * n-grams through boxed maps would dominate the load time.
 */
final class LongDoubleCounter {
    private long[] keys = new long[1024];
    private double[] values = new double[1024];
    private int size;

    /** Adds {@code amount} to the count of {@code key} (key 0 is reserved). */
    void add(long key, double amount) {
        if (key == 0) throw new IllegalArgumentException("key 0 is reserved");
        if (2 * (size + 1) > keys.length) grow();
        int slot = find(keys, key);
        if (keys[slot] == 0) { keys[slot] = key; size++; }
        values[slot] += amount;
    }

    double get(long key) {
        int slot = find(keys, key);
        return keys[slot] == key ? values[slot] : 0;
    }

    int size() {
        return size;
    }

    void forEach(BiConsumer<Long, Double> action) {
        for (int i = 0; i < keys.length; i++) if (keys[i] != 0) action.accept(keys[i], values[i]);
    }

    /** Keys and values in parallel arrays, in table order. */
    long[] keyArray() {
        long[] out = new long[size];
        int n = 0;
        for (long k : keys) if (k != 0) out[n++] = k;
        return out;
    }

    private static int find(long[] table, long key) {
        int mask = table.length - 1;
        int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
        while (table[slot] != 0 && table[slot] != key) slot = (slot + 1) & mask;
        return slot;
    }

    private void grow() {
        long[] oldKeys = keys;
        double[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new double[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] == 0) continue;
            int slot = find(keys, oldKeys[i]);
            keys[slot] = oldKeys[i];
            values[slot] = oldValues[i];
        }
    }
}
