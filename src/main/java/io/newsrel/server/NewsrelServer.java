package io.newsrel.server;

import io.newsrel.Pipeline;
import io.newsrel.config.PipelineConfig;
import java.net.URI;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.server.handler.SizeLimitHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code newsrel serve}: one pipeline behind an HTTP API (Jetty's core server, no servlets).
 *
 * <pre>{@code
 * try (NewsrelServer server = NewsrelServer.start(ServerSettings.defaults(2))) {  // listening, not ready
 *     server.ready(Pipeline.builder().build());                                 // now it extracts
 *     server.join();
 * }
 * }</pre>
 *
 * <p>It listens before the pipeline is loaded, so that {@code /v1/health} answers at once and
 * {@code /v1/ready} tells when extraction can start. Everything it holds is bounded: the
 * requests admitted ({@link WorkerPool}), the body size, the HTTP threads, their queue and the
 * connections. {@link #close()} stops gracefully: no new connection is taken, and the requests
 * already accepted are answered (for at most {@link ServerSettings#stopTimeoutMs()}).
 */
public final class NewsrelServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(NewsrelServer.class);

    /** Open connections beyond this wait to be accepted. */
    static final int MAX_CONNECTIONS = 1024;

    private final ServerSettings settings;
    private final Server jetty;
    private final ServerConnector connector;
    private final WorkerPool pool;
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile DocumentProcessor processor;
    private volatile DocumentRequests requests;

    private NewsrelServer(ServerSettings settings) {
        this.settings = settings;
        this.pool = new WorkerPool(settings.threads(), settings.queue(), () -> processor);
        // NDJSON answers hold an HTTP thread each (at most one per admitted request); the rest is short work
        int httpThreads = Math.max(32, settings.admitted() + 16);
        // Jetty's own queue stays unbounded, as Jetty asks (its internal jobs must never be refused);
        // it holds at most a job or two per connection, and the connections are limited
        QueuedThreadPool threads = new QueuedThreadPool(httpThreads, 4);
        threads.setName("newsrel-http");
        this.jetty = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        this.connector = new ServerConnector(jetty, new HttpConnectionFactory(http));
        connector.setHost(settings.host());
        connector.setPort(settings.port());
        jetty.addConnector(connector);
        jetty.addBean(new NetworkConnectionLimit(MAX_CONNECTIONS, jetty));
        Replies replies = new Replies(settings.retryAfterSeconds());
        ExtractEndpoint extract = new ExtractEndpoint(settings, pool, () -> requests, threads, replies);
        ApiHandler api = new ApiHandler(extract, new StaticFiles(), this::isReady, replies);
        // a declared length over the limit is refused before reading, a streamed body once it passes it
        SizeLimitHandler sizeLimit = new SizeLimitHandler(settings.maxBodyBytes(), -1);
        sizeLimit.setHandler(api);
        jetty.setHandler(new GracefulHandler(sizeLimit));
        jetty.setErrorHandler(new JsonErrorHandler(settings));
        jetty.setStopTimeout(settings.stopTimeoutMs());
        jetty.setStopAtShutdown(false);
    }

    /** Binds and starts answering; extraction answers 503 until {@link #ready} is called. */
    public static NewsrelServer start(ServerSettings settings) throws Exception {
        NewsrelServer server = new NewsrelServer(settings);
        try {
            server.jetty.start();
        } catch (Exception e) {
            server.close();
            throw e;
        }
        LOG.info("listening on {}", server.uri());
        return server;
    }

    /** Extraction starts: every document goes through this pipeline, under its limits. */
    public void ready(Pipeline pipeline) {
        ready(new PipelineProcessor(pipeline), pipeline.config().input());
    }

    /** The same with another processor (tests: one that holds its workers on cue). */
    void ready(DocumentProcessor documentProcessor, PipelineConfig.Input input) {
        this.processor = documentProcessor;
        this.requests = new DocumentRequests(input);
    }

    public boolean isReady() {
        return requests != null;
    }

    /** Whether {@link #close()} has begun (or ended) stopping the server. */
    boolean isStopping() {
        return closed.get();
    }

    /** The port listened on (the one picked when the settings said 0). */
    public int port() {
        return connector.getLocalPort();
    }

    public URI uri() {
        String host = settings.host().contains(":") ? "[" + settings.host() + "]" : settings.host();
        return URI.create("http://" + host + ":" + port() + "/");
    }

    /** Waits until the server has stopped. */
    public void join() throws InterruptedException {
        jetty.join();
    }

    /**
     * Stops gracefully: stops accepting, answers what was accepted (within the stop timeout),
     * then stops the workers. Safe to call more than once and from a shutdown hook.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        long started = System.nanoTime();
        try {
            jetty.stop();
        } catch (Exception e) {
            LOG.warn("stopping the HTTP server: {}", e.toString());
        }
        pool.close();
        try {
            if (!pool.awaitTermination(settings.stopTimeoutMs())) {
                LOG.warn("documents still running after the stop timeout of {} ms", settings.stopTimeoutMs());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (processor instanceof AutoCloseable resource) {
            try {
                resource.close();
            } catch (Exception e) {
                LOG.warn("closing the processor: {}", e.toString());
            }
        }
        LOG.info("stopped in {} ms", (System.nanoTime() - started) / 1_000_000);
    }
}
