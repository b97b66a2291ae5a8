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
        LookupCache.Entry<String, Integer>[] cache = LookupCache.create(4);
        LookupCache.put(cache, "de", 1);
        assertEquals(1, LookupCache.get(cache, "de"));
        assertEquals(1, LookupCache.get(cache, new String("de")), "looked up by equality, not identity");
        assertNull(LookupCache.get(cache, "es"));
        int held = 0;
        for (int i = 0; i < 1000; i++) {
            LookupCache.put(cache, "key" + i, i);
        }
        for (int i = 0; i < 1000; i++) {
            held += LookupCache.get(cache, "key" + i) == null ? 0 : 1;
        }
        assertTrue(held <= 4, held + " entries held by a 4-slot cache");
    }

    @Test
    void sizeMustBeAPowerOfTwo() {
        assertThrows(IllegalArgumentException.class, () -> LookupCache.create(1000));
    }

    @Test
    void threadsSharingTheCacheNeverSeeAnotherKeysValue() throws Exception {
        LookupCache.Entry<String, String>[] cache = LookupCache.create(16);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                results.add(pool.submit(() -> {
                    int wrong = 0;
                    for (int i = 0; i < 200_000; i++) {
                        String key = "k" + (i % 97);
                        String value = LookupCache.get(cache, key);
                        if (value == null) {
                            LookupCache.put(cache, key, "v" + key);
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
