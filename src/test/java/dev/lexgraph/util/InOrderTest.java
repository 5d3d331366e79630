package dev.lexgraph.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InOrderTest {

    @Test
    void resultsComeInTheInputsOrderWhateverOrderTheWorkEndsIn() {
        List<Integer> inputs = IntStream.range(0, 200).boxed().toList();
        List<Integer> out = new ArrayList<>();
        InOrder.map(inputs.iterator(), 4, "test", 8, i -> {
            sleep((200 - i) % 7); // later inputs often end first
            return i * 2;
        }, out::add, () -> { });
        assertThat(out).isEqualTo(inputs.stream().map(i -> i * 2).toList());
    }

    @Test
    void noMoreThanTheWindowIsInFlight() {
        AtomicInteger started = new AtomicInteger();
        AtomicInteger mostAheadOfSink = new AtomicInteger();
        AtomicInteger consumed = new AtomicInteger();
        InOrder.map(IntStream.range(0, 100).iterator(), 3, "test", 5, i -> {
            mostAheadOfSink.accumulateAndGet(started.incrementAndGet() - consumed.get(), Math::max);
            sleep(1);
            return i;
        }, i -> consumed.incrementAndGet(), () -> { });
        assertThat(consumed.get()).isEqualTo(100);
        assertThat(mostAheadOfSink.get()).isLessThanOrEqualTo(5);
    }

    @Test
    void aFailureOfTheWorkReachesTheCaller() {
        assertThatThrownBy(() -> InOrder.map(IntStream.range(0, 10).iterator(), 2, "test", 4, i -> {
            if (i == 6) {
                throw new IllegalArgumentException("input " + i);
            }
            return i;
        }, i -> { }, () -> { })).isInstanceOf(IllegalArgumentException.class).hasMessage("input 6");
    }

    private static void sleep(int ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
