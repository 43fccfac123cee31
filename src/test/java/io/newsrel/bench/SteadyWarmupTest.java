package io.newsrel.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SteadyWarmupTest {

    private static final List<Integer> CORPUS = IntStream.range(0, 200).boxed().toList();

    /**
     * A system whose rounds take 20 ms each on a fake wall clock and make the fake JIT compile the
     * given ms in each round: nothing sleeps, so a loaded machine cannot change what the tests see.
     */
    private static final class FakeSystem {
        static final long ROUND_NANOS = 20_000_000;
        final AtomicLong jit = new AtomicLong();
        final AtomicLong nanos = new AtomicLong();
        final List<List<Integer>> rounds = new ArrayList<>();
        final long[] compilePerRound;

        FakeSystem(long... compilePerRound) {
            this.compilePerRound = compilePerRound;
        }

        long process(List<Integer> round) {
            int i = rounds.size();
            rounds.add(round);
            jit.addAndGet(compilePerRound[Math.min(i, compilePerRound.length - 1)]);
            nanos.addAndGet(ROUND_NANOS);
            return round.size();
        }
    }

    @Test
    void stopsWhenTheLastRoundsTogetherCompileLittle() {
        // 20 ms rounds: 15 ms of compiling is 75%, 0 ms is 0%. One quiet round between busy ones is not enough.
        FakeSystem system = new FakeSystem(15, 15, 10, 0, 15, 0, 0, 0, 15);
        int rounds = new SteadyWarmup(0.03, 60, system.jit::get, system.nanos::get).run(CORPUS, system::process, 2);
        assertEquals(8, rounds);
        assertEquals(120, system.rounds.get(0).size(), "60 documents per thread");
        // Rounds cycle through the corpus: the second starts where the first stopped and wraps around.
        assertEquals(120, system.rounds.get(1).get(0));
        assertEquals(0, system.rounds.get(1).get(80));
    }

    @Test
    void goesOnUntilItHasSeenTheWholeCorpus() {
        // quiet from the start, but 3 rounds of 60 documents cover 180 of the 200: a fourth is needed
        FakeSystem system = new FakeSystem(0);
        int rounds = new SteadyWarmup(0.03, 60, system.jit::get, system.nanos::get).run(CORPUS, system::process, 1);
        assertEquals(4, rounds);
        assertEquals(199, system.rounds.get(3).get(19), "the last document of the corpus was processed");
    }

    @Test
    void givesUpAfterItsTimeLimit() {
        FakeSystem system = new FakeSystem(15);
        int rounds = new SteadyWarmup(0.03, 0.1, system.jit::get, system.nanos::get).run(CORPUS, system::process, 1);
        assertEquals(5, rounds, "stops once 0.1 s of 20 ms rounds have passed, still compiling");
    }
}
