package dev.lexgraph.citation;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The answers of a pure step kept by their input, shared by every extraction thread, null answers included. Bounded:
 * when full it is emptied and refills with what recurs (the bodies, headers, names and symbols that file after file
 * repeat). One class for every such memory, so each keeps the same rules.
 */
final class Memo<K, V> {

    private static final Object NONE = new Object();

    private final Map<K, Object> answers = new ConcurrentHashMap<>();
    private final int kept;

    /** @param kept how many answers are kept at most */
    Memo(int kept) {
        this.kept = kept;
    }

    /** The answer for {@code key}, computed by {@code step} the first time. */
    @SuppressWarnings("unchecked")
    V get(K key, Function<? super K, ? extends V> step) {
        Object answer = answers.get(key);
        if (answer == null) {
            V computed = step.apply(key);
            answer = computed == null ? NONE : computed;
            if (answers.size() >= kept) {
                answers.clear();
            }
            answers.put(key, answer);
        }
        return answer == NONE ? null : (V) answer;
    }
}
