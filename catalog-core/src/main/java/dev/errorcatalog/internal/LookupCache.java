package dev.errorcatalog.internal;

/**
 * A fixed-size, direct-mapped cache that threads share without locks: its memory is bounded by
 * construction, whatever keys requests bring.
 *
 * <p>Each slot holds an immutable entry, so a reader sees either no entry or a complete one: its fields are
 * final, which the Java memory model publishes safely even through the racy slot write. Two keys with the
 * same slot evict each other; a lost write only costs a recomputation. Keys must be immutable.
 */
public final class LookupCache<K, V> {

    private record Entry<K, V>(K key, V value) {
    }

    private final Entry<K, V>[] slots;
    private final int mask;

    /** A cache of {@code size} slots; {@code size} must be a power of two. */
    @SuppressWarnings("unchecked")
    public LookupCache(int size) {
        if (Integer.bitCount(size) != 1) {
            throw new IllegalArgumentException("size must be a power of two: " + size);
        }
        this.slots = (Entry<K, V>[]) new Entry<?, ?>[size];
        this.mask = size - 1;
    }

    /** The value cached for {@code key}, or {@code null}. */
    public V get(K key) {
        Entry<K, V> entry = slots[slot(key)];
        return entry != null && entry.key.equals(key) ? entry.value : null;
    }

    /** Caches {@code value} for {@code key}, evicting whatever held its slot. */
    public void put(K key, V value) {
        slots[slot(key)] = new Entry<>(key, value);
    }

    private int slot(K key) {
        int hash = key.hashCode();
        return (hash ^ (hash >>> 16)) & mask;
    }
}
