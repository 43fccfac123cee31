package io.newsrel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code newsrel serve} and {@code newsrel loadtest} refuse bad options before loading anything. */
class ServeCommandTest {

    private record Run(int code, String err) {
    }

    private static Run run(String... args) {
        PrintStream original = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            return new Run(NewsrelCli.execute(args), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(original);
        }
    }

    @Test
    void badServerOptionsAreUsageErrors() {
        Run threads = run("serve", "--threads", "0");
        assertEquals(NewsrelCli.USAGE, threads.code());
        assertTrue(threads.err().contains("threads must be at least 1"), threads.err());
        Run port = run("serve", "--port", "70000");
        assertEquals(NewsrelCli.USAGE, port.code());
        assertTrue(port.err().contains("port must lie in [0, 65535]"), port.err());
        Run body = run("serve", "--max-body-bytes", "0");
        assertEquals(NewsrelCli.USAGE, body.code());
    }

    @Test
    void anUnknownSettingIsAUsageErrorBeforeTheServerListens() {
        Run run = run("serve", "--port", "0", "--set", "output.tokenz=true");
        assertEquals(NewsrelCli.USAGE, run.code());
        assertTrue(run.err().contains("unknown configuration key: output.tokenz"), run.err());
        assertTrue(!run.err().contains("listening"), run.err());
    }

    @Test
    void aPortInUseIsAUsageErrorNamingIt() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            Run run = run("serve", "--port", String.valueOf(taken.getLocalPort()));
            assertEquals(NewsrelCli.USAGE, run.code());
            assertTrue(run.err().contains("cannot listen on 127.0.0.1:" + taken.getLocalPort()), run.err());
        }
    }

    @Test
    void badLoadTestOptionsAreUsageErrors() {
        Run run = run("loadtest", "--clients", "0");
        assertEquals(NewsrelCli.USAGE, run.code());
        assertTrue(run.err().contains("load test options out of range"), run.err());
    }
}
