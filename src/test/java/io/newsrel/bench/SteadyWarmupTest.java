package io.newsrel.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SteadyWarmupTest {

    private static final List<Integer> CORPUS = IntStream.range(0, 200).boxed().toList();

    /** A system whose rounds take 20 ms each and make the fake JIT compile the given ms in each round. */
    private static final class FakeSystem {
        final AtomicLong jit = new AtomicLong();
        final List<List<Integer>> rounds = new ArrayList<>();
        final long[] compilePerRound;

        FakeSystem(long... compilePerRound) {
            this.compilePerRound = compilePerRound;
        }

        long process(List<Integer> round) {
            int i = rounds.size();
            rounds.add(round);
            jit.addAndGet(compilePerRound[Math.min(i, compilePerRound.length - 1)]);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return round.size();
        }
    }

    @Test
    void stopsWhenTheLastRoundsTogetherCompileLittle() {
        // 20 ms rounds: 15 ms of compiling is 75%, 0 ms is 0%. One quiet round between busy ones is not enough.
        FakeSystem system = new FakeSystem(15, 15, 10, 0, 15, 0, 0, 0, 15);
        int rounds = new SteadyWarmup(0.03, 60, system.jit::get).run(CORPUS, system::process, 2);
        assertEquals(8, rounds);
        assertEquals(120, system.rounds.get(0).size(), "60 documents per thread");
        // Rounds cycle through the corpus: the second starts where the first stopped and wraps around.
        assertEquals(120, system.rounds.get(1).get(0));
        assertEquals(0, system.rounds.get(1).get(80));
    }

    @Test
    void givesUpAfterItsTimeLimit() {
        FakeSystem system = new FakeSystem(15);
        int rounds = new SteadyWarmup(0.03, 0.1, system.jit::get).run(CORPUS, system::process, 1);
        assertTrue(rounds >= 5 && rounds < 50, "stops after about 0.1 s of 20 ms rounds: " + rounds);
    }
}
