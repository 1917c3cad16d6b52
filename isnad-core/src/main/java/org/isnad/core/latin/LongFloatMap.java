package org.isnad.core.latin;


/**
 * An immutable open-addressing hash map from {@code long} to {@code float}, built once. The letter model does thousands of n-gram lookups per name, so boxing on the hot
 * path would dominate; this keeps lookups to a multiply, a mask and a few array reads.
 */
final class LongFloatMap {
    private static final long EMPTY = 0L; // packed keys are never 0: every packed id is >= 1

    private final long[] keys;
    private final float[] values;
    private final int mask;

    /** A map holding {@code keys[i] -> values[i]}. */
    LongFloatMap(long[] source, float[] sourceValues) {
        int capacity = Integer.highestOneBit(Math.max(4, source.length * 2 + 1)) << 1;
        keys = new long[capacity];
        values = new float[capacity];
        mask = capacity - 1;
        for (int i = 0; i < source.length; i++) {
            long k = source[i];
            if (k == EMPTY) throw new IllegalArgumentException("key 0 is reserved");
            int slot = slot(k);
            while (keys[slot] != EMPTY && keys[slot] != k) slot = (slot + 1) & mask;
            keys[slot] = k;
            values[slot] = sourceValues[i];
        }
    }

    private int slot(long k) {
        long h = k * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & mask;
    }

    /** The value for {@code k}, or {@code missing} when absent. */
    float get(long k, float missing) {
        int slot = slot(k);
        while (true) {
            long stored = keys[slot];
            if (stored == k) return values[slot];
            if (stored == EMPTY) return missing;
            slot = (slot + 1) & mask;
        }
    }
}
