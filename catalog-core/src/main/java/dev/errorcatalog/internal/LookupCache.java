package dev.errorcatalog.internal;

/**
 * Fixed-size, direct-mapped caches that threads share without locks: their memory is bounded by
 * construction, whatever keys requests bring.
 *
 * <p>A cache is a plain array of slots, held directly by its owner so that a hit costs one array read
 * more than the owner's field. Each slot holds an immutable {@link Entry}, so a reader sees either no
 * entry or a complete one: its fields are final, which the Java memory model publishes safely even through
 * the racy slot write. Two keys with the same slot evict each other; a lost write only costs a
 * recomputation. Keys must be immutable.
 */
public final class LookupCache {

    /** One cached key and value. */
    public record Entry<K, V>(K key, V value) {
    }

    private LookupCache() {
    }

    /** A cache of {@code size} slots; {@code size} must be a power of two. */
    @SuppressWarnings("unchecked")
    public static <K, V> Entry<K, V>[] create(int size) {
        if (Integer.bitCount(size) != 1) {
            throw new IllegalArgumentException("size must be a power of two: " + size);
        }
        return (Entry<K, V>[]) new Entry<?, ?>[size];
    }

    /** The value cached for {@code key}, or {@code null}. */
    public static <K, V> V get(Entry<K, V>[] slots, K key) {
        Entry<K, V> entry = slots[slot(key, slots.length)];
        return entry != null && entry.key.equals(key) ? entry.value : null;
    }

    /** Caches {@code value} for {@code key}, evicting whatever held its slot. */
    public static <K, V> void put(Entry<K, V>[] slots, K key, V value) {
        slots[slot(key, slots.length)] = new Entry<>(key, value);
    }

    private static int slot(Object key, int size) {
        int hash = key.hashCode();
        return (hash ^ (hash >>> 16)) & (size - 1);
    }
}
