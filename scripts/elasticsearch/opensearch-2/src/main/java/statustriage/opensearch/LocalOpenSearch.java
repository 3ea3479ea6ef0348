package statustriage.opensearch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

import org.opensearch.common.logging.LogConfigurator;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.LocalNode;
import org.opensearch.node.Node;
import org.opensearch.transport.Netty4Plugin;

/**
 * Runs one OpenSearch node on 127.0.0.1 until the process is told to stop (SIGTERM/SIGINT): the same
 * command line and behaviour as the Elasticsearch launchers (statustriage.es.LocalElasticsearch).
 *
 * Usage: LocalOpenSearch [--port 9200] [--home DIR] [--keep]
 * Without --home the node lives in a fresh temporary folder that is deleted on exit; --keep leaves it.
 */
public final class LocalOpenSearch {

    public static void main(String[] args) throws Exception {
        int port = 9200;
        Path home = null;
        boolean keep = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--home" -> home = Path.of(args[++i]);
                case "--keep" -> keep = true;
                default -> {
                    System.err.println("unknown argument: " + args[i]);
                    System.exit(2);
                }
            }
        }
        boolean temporary = home == null;
        Path base = temporary ? Files.createTempDirectory("status-triage-os") : Files.createDirectories(home);
        Path config = Files.createDirectories(base.resolve("config"));
        Files.createDirectories(base.resolve("modules"));
        Files.createDirectories(base.resolve("plugins"));
        try (InputStream log4j = LocalOpenSearch.class.getResourceAsStream("/log4j2.properties")) {
            Files.copy(log4j, config.resolve("log4j2.properties"), StandardCopyOption.REPLACE_EXISTING);
        }
        Files.writeString(config.resolve("opensearch.yml"), "");

        Settings settings = Settings.builder()
            .put("cluster.name", "status-triage-local")
            .put("node.name", "local")
            .put("path.home", base.toString())
            .put("path.data", base.resolve("data").toString())
            .put("path.logs", base.resolve("logs").toString())
            .put("network.host", "127.0.0.1")
            .put("http.port", Integer.toString(port))
            .put("discovery.type", "single-node")
            // A developer machine's disk is often fuller than the production watermarks allow.
            .put("cluster.routing.allocation.disk.threshold_enabled", false)
            .put("action.destructive_requires_name", false)
            // Count what requests reserve, not the JVM's momentary usage (see the Elasticsearch launcher).
            .put("indices.breaker.total.use_real_memory", false)
            .build();

        Environment env = InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), config, () -> "local");
        LogConfigurator.registerErrorListener();
        LogConfigurator.setNodeName("local");
        LogConfigurator.configure(env);

        Node node = new LocalNode(env, List.of(Netty4Plugin.class));
        CountDownLatch stopped = new CountDownLatch(1);
        boolean deleteOnExit = temporary && !keep;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                node.close();
            } catch (IOException | RuntimeException e) {
                System.err.println("closing the node failed: " + e);
            }
            if (deleteOnExit) {
                deleteTree(base);
            }
            stopped.countDown();
        }, "local-os-shutdown"));
        node.start();
        System.out.println("status-triage local OpenSearch listening on http://127.0.0.1:" + port + " (home " + base + ")");
        stopped.await();
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not delete " + root + ": " + e);
        }
    }
}
