package io.newsrel.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkerHeapTest {

    @Test
    void oneWorkerGetsTheSmallHeapAndMoreGetTheLargeOne() {
        assertEquals(WorkerHeap.ONE_WORKER, WorkerHeap.forThreads(1));
        assertEquals(WorkerHeap.MORE_WORKERS, WorkerHeap.forThreads(2));
        assertEquals(WorkerHeap.MORE_WORKERS, WorkerHeap.forThreads(8));
        assertThrows(IllegalArgumentException.class, () -> WorkerHeap.forThreads(0));
    }

    @Test
    void aGivenSizeIsKeptAtEveryThreadCount() {
        assertEquals("2g", WorkerHeap.resolve("2g", 1));
        assertEquals("2g", WorkerHeap.resolve("2g", 2));
        assertEquals(WorkerHeap.ONE_WORKER, WorkerHeap.resolve(WorkerHeap.LAUNCHER, 1));
    }

    @Test
    void theBenchmarkGivesEachThreadCountItsOwnHeap() {
        BenchRunner.Plan plan = new BenchRunner.Plan(List.of(BenchWorker.System.NEWSREL), List.of(1, 2), 1,
                WorkerHeap.LAUNCHER, List.of("-XX:+UseParallelGC"), Path.of("target"));
        assertEquals(List.of("-Xmx" + WorkerHeap.ONE_WORKER, "-XX:+UseParallelGC"), plan.jvmArgs(1));
        assertEquals(List.of("-Xmx" + WorkerHeap.MORE_WORKERS, "-XX:+UseParallelGC"), plan.jvmArgs(2));
    }

    @Test
    void newsrelIsMeasuredWithTheLaunchersOptionsAndCoreNlpWithTheJvmsDefaults() {
        BenchRunner.Plan plan = new BenchRunner.Plan(List.of(BenchWorker.System.NEWSREL), List.of(1), 1,
                "2g", List.of("-XX:+UseParallelGC"), Path.of("target"));
        assertEquals(List.of("-Xmx2g", LauncherJvm.COMPILE_HUGE_METHODS, "-XX:-G1UseAdaptiveIHOP",
                        "-XX:InitiatingHeapOccupancyPercent=70", LauncherJvm.KEEP_COLD_CODE, "-XX:+UseParallelGC"),
                plan.jvmArgs(BenchWorker.System.NEWSREL, 1));
        assertEquals(List.of("-Xmx2g", "-XX:+UseParallelGC"), plan.jvmArgs(BenchWorker.System.CORENLP, 1));
    }

    @Test
    void coreNlpGetsItsDocumentedHeapUnlessOneIsNamed() {
        BenchRunner.Plan launcher = new BenchRunner.Plan(List.of(BenchWorker.System.CORENLP), List.of(1, 2), 1,
                WorkerHeap.LAUNCHER, List.of(), Path.of("target"));
        assertEquals(List.of("-Xmx" + WorkerHeap.CORENLP), launcher.jvmArgs(BenchWorker.System.CORENLP, 1));
        assertEquals(List.of("-Xmx" + WorkerHeap.ONE_WORKER, LauncherJvm.COMPILE_HUGE_METHODS, "-XX:-G1UseAdaptiveIHOP",
                "-XX:InitiatingHeapOccupancyPercent=70", LauncherJvm.KEEP_COLD_CODE),
                launcher.jvmArgs(BenchWorker.System.NEWSREL, 1));
        BenchRunner.Plan named = new BenchRunner.Plan(List.of(BenchWorker.System.CORENLP), List.of(1), 1,
                "2g", List.of(), Path.of("target"));
        assertEquals(List.of("-Xmx2g"), named.jvmArgs(BenchWorker.System.CORENLP, 1));
    }

    /** The launcher is a shell script: it must give the JVM the same options as {@link LauncherJvm}. */
    @Test
    void theLauncherGivesTheSameOptions() throws IOException {
        String launcher = Files.readString(Path.of("newsrel"));
        assertTrue(launcher.contains("jvm_options=\"" + String.join(" ", LauncherJvm.OPTIONS) + "\""), "launcher's options");
    }

    /** The launcher is a shell script: it must name the same two sizes, or bench measures another heap. */
    @Test
    void theLauncherSetsTheSameSizes() throws IOException {
        String launcher = Files.readString(Path.of("newsrel"));
        assertTrue(launcher.contains("heap=\"-Xmx" + WorkerHeap.MORE_WORKERS + "\""), "launcher's default heap");
        assertTrue(launcher.contains("heap=\"-Xmx" + WorkerHeap.ONE_WORKER + "\""), "launcher's one-worker heap");
    }

    /** Bench maps the launcher's class archive into newsrel's workers only when it belongs to the jar they run. */
    @Test
    void theClassArchiveIsUsedOnlyWhenItIsAsNewAsTheJar(@TempDir Path dir) throws IOException {
        Path jar = Files.writeString(dir.resolve("newsrel.jar"), "jar");
        assertEquals(List.of(), LauncherJvm.classArchive(jar.toString()), "no archive");
        Path archive = Files.writeString(dir.resolve(LauncherJvm.CLASS_ARCHIVE), "classes");
        Files.setLastModifiedTime(archive, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 10_000));
        assertEquals(List.of(), LauncherJvm.classArchive(jar.toString()), "an archive of an earlier build");
        Files.setLastModifiedTime(archive, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 10_000));
        assertEquals(LauncherJvm.classArchiveOptions(archive.toString()), LauncherJvm.classArchive(jar.toString()));
        assertEquals(List.of(), LauncherJvm.classArchive(dir + "/classes" + java.io.File.pathSeparator + jar),
                "a class path of several entries");
    }
}
