package dev.errorcatalog.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class LookupCacheTest {

    @Test
    void returnsWhatWasPutUntilAnotherKeyTakesTheSlot() {
        LookupCache<String, Integer> cache = new LookupCache<>(4);
        cache.put("de", 1);
        assertEquals(1, cache.get("de"));
        assertEquals(1, cache.get(new String("de")), "looked up by equality, not identity");
        assertNull(cache.get("es"));
        int held = 0;
        for (int i = 0; i < 1000; i++) {
            cache.put("key" + i, i);
        }
        for (int i = 0; i < 1000; i++) {
            held += cache.get("key" + i) == null ? 0 : 1;
        }
        assertTrue(held <= 4, held + " entries held by a 4-slot cache");
    }

    @Test
    void sizeMustBeAPowerOfTwo() {
        assertThrows(IllegalArgumentException.class, () -> new LookupCache<String, String>(1000));
    }

    @Test
    void threadsSharingTheCacheNeverSeeAnotherKeysValue() throws Exception {
        LookupCache<String, String> cache = new LookupCache<>(16);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                results.add(pool.submit(() -> {
                    int wrong = 0;
                    for (int i = 0; i < 200_000; i++) {
                        String key = "k" + (i % 97);
                        String value = cache.get(key);
                        if (value == null) {
                            cache.put(key, "v" + key);
                        } else if (!value.equals("v" + key)) {
                            wrong++;
                        }
                    }
                    return wrong;
                }));
            }
            for (Future<Integer> result : results) {
                assertEquals(0, result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
