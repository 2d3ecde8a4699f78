package borderlens;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;
import org.neo4j.logging.log4j.Log4jLogProvider;

/**
 * Runs a real Neo4j 5 community DBMS (embedded) with a Bolt connector on
 * 127.0.0.1, auth enabled for user "neo4j". Intended for dev and CI only; it
 * is started and stopped by deploy/neo4j/neo4j.sh.
 *
 * <p>Configuration (args override env):
 * <ul>
 *   <li>{@code --bolt-port N} / NEO4J_BOLT_PORT (default 7687)</li>
 *   <li>{@code --data-dir PATH} / NEO4J_DATA_DIR (default ./.data)</li>
 *   <li>NEO4J_PASSWORD (required, at least 8 characters; env only so it never shows in ps)</li>
 *   <li>NEO4J_PAGECACHE_MB (default 256)</li>
 *   <li>{@code --plugin-dir PATH} / NEO4J_PLUGIN_DIR (default: Neo4j's, {@code <data-dir>/plugins}):
 *       procedure jars (APOC core); {@code apoc.*} is allowed unrestricted access</li>
 * </ul>
 *
 * <p>Prints {@code BORDERLENS_NEO4J_READY ...} on stdout once Bolt answers a real handshake.
 */
public final class Neo4jLauncher {

    static final String READY_MARKER = "BORDERLENS_NEO4J_READY";
    static final String HOST = "127.0.0.1";

    private Neo4jLauncher() {}

    public static void main(String[] args) throws Exception {
        int port = parsePort(env("NEO4J_BOLT_PORT", "7687"));
        Path dataDir = Path.of(env("NEO4J_DATA_DIR", ".data"));
        long pageCacheMb = Long.parseLong(env("NEO4J_PAGECACHE_MB", "256"));
        String pluginDirArg = env("NEO4J_PLUGIN_DIR", "");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--bolt-port" -> port = parsePort(arg(args, ++i, "--bolt-port"));
                case "--data-dir" -> dataDir = Path.of(arg(args, ++i, "--data-dir"));
                case "--plugin-dir" -> pluginDirArg = arg(args, ++i, "--plugin-dir");
                default -> fail("unknown argument: " + args[i]
                        + " (usage: Neo4jLauncher [--bolt-port N] [--data-dir PATH] [--plugin-dir PATH];"
                        + " password via NEO4J_PASSWORD)");
            }
        }
        String password = System.getenv("NEO4J_PASSWORD");
        if (password == null || password.length() < 8) {
            fail("NEO4J_PASSWORD must be set and at least 8 characters long");
        }
        dataDir = dataDir.toAbsolutePath().normalize();
        Files.createDirectories(dataDir);
        Path pluginDir = pluginDirArg.isEmpty()
                ? dataDir.resolve("plugins")
                : Path.of(pluginDirArg).toAbsolutePath().normalize();

        Instant t0 = Instant.now();
        log("starting Neo4j (community, embedded) home=" + dataDir + " bolt=" + HOST + ":" + port
                + " pagecache=" + pageCacheMb + "m maxHeap=" + (Runtime.getRuntime().maxMemory() >> 20) + "m"
                + " plugins=" + pluginDir);

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(dataDir)
                .setUserLogProvider(new Log4jLogProvider(System.out))
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                // no "anonymous usage data" phone-home (default on; this machine is offline anyway)
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .setConfig(GraphDatabaseSettings.default_listen_address, new SocketAddress(HOST))
                .setConfig(GraphDatabaseSettings.default_advertised_address, new SocketAddress(HOST))
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(HOST, port))
                // Procedure jars (APOC core, which @neo4j/graphql requires) load from here. APOC's
                // procedures touch internals, so Neo4j only registers them when they are unrestricted.
                .setConfig(GraphDatabaseSettings.plugin_dir, pluginDir)
                .setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("apoc.*"))
                // Internal setting: the Bolt server's netty event loops otherwise idle 5s each on
                // shutdown, making a clean stop take ~10s. (Compile error here after a version bump
                // means it was renamed/removed: just drop the line.)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log("shutdown requested, stopping DBMS");
            try {
                dbms.shutdown();
                log("DBMS stopped cleanly");
            } catch (Throwable t) {
                log("error during shutdown: " + t);
            } finally {
                stopped.countDown();
            }
        }, "neo4j-shutdown"));

        log("DBMS started in " + Duration.between(t0, Instant.now()).toMillis() + "ms");
        try {
            Instant tp = Instant.now();
            setPassword(dbms, password);
            log("auth configured in " + Duration.between(tp, Instant.now()).toMillis() + "ms");
            GraphDatabaseService neo4j = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            String version = neo4jVersion(neo4j);
            String apoc = apocVersion(neo4j);
            boltHandshake(port, Duration.ofSeconds(60));
            long ms = Duration.between(t0, Instant.now()).toMillis();
            log(READY_MARKER + " version=" + version + " apoc=" + apoc + " uri=bolt://" + HOST + ":" + port
                    + " user=neo4j pid=" + ProcessHandle.current().pid() + " startup_ms=" + ms);
        } catch (Throwable t) {
            log("startup failed: " + t);
            t.printStackTrace(System.out);
            System.exit(1); // runs the shutdown hook
        }
        stopped.await(); // park until SIGTERM/SIGINT runs the hook
    }

    /** Makes the "neo4j" user's password equal to {@code pw} with no change required. */
    private static void setPassword(DatabaseManagementService dbms, String pw) {
        GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        boolean exists = system.executeTransactionally(
                "SHOW USERS YIELD user WHERE user = 'neo4j' RETURN count(*) AS n", Map.of(),
                r -> ((Number) r.next().get("n")).longValue() > 0);
        if (!exists) {
            system.executeTransactionally(
                    "CREATE USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", pw));
            log("created user neo4j");
            return;
        }
        try {
            system.executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", pw));
            log("password for user neo4j set from NEO4J_PASSWORD");
        } catch (RuntimeException e) {
            // Neo4j refuses to "change" a password to the one it already has: that means it is already set.
            if (!rootMessage(e).contains("cannot be the same")) {
                throw e;
            }
            system.executeTransactionally("ALTER USER neo4j SET PASSWORD CHANGE NOT REQUIRED");
            log("password for user neo4j already matches NEO4J_PASSWORD");
        }
    }

    private static String neo4jVersion(GraphDatabaseService db) {
        return db.executeTransactionally(
                "CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS v, edition",
                Map.of(), r -> {
                    Map<String, Object> row = r.next();
                    return row.get("v") + "-" + row.get("edition");
                });
    }

    /** The loaded APOC version, or "none" when no APOC jar is in the plugin directory. */
    private static String apocVersion(GraphDatabaseService db) {
        boolean loaded = db.executeTransactionally(
                "SHOW FUNCTIONS YIELD name WHERE name = 'apoc.version' RETURN count(*) AS n", Map.of(),
                r -> ((Number) r.next().get("n")).longValue() > 0);
        if (!loaded) {
            return "none";
        }
        return db.executeTransactionally("RETURN apoc.version() AS v", Map.of(),
                r -> String.valueOf(r.next().get("v")));
    }

    /** Performs a real Bolt handshake against our own connector; throws if it does not answer. */
    static void boltHandshake(int port, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        IOException last = null;
        while (System.nanoTime() < deadline) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(HOST, port), 2000);
                s.setSoTimeout(5000);
                OutputStream out = s.getOutputStream();
                out.write(new byte[] {
                        0x60, 0x60, (byte) 0xB0, 0x17, // magic
                        0, 8, 8, 5,                    // Bolt 5.8 down to 5.0
                        0, 0, 4, 4,                    // Bolt 4.4
                        0, 0, 0, 0,
                        0, 0, 0, 0});
                out.flush();
                int agreed = new DataInputStream(s.getInputStream()).readInt();
                if (agreed != 0) {
                    return;
                }
                throw new IOException("Bolt handshake: server agreed on no protocol version");
            } catch (IOException e) {
                last = e;
                Thread.sleep(250);
            }
        }
        throw new IOException("Bolt did not answer a handshake on " + HOST + ":" + port, last);
    }

    /** All messages along the cause chain, joined. */
    private static String rootMessage(Throwable t) {
        StringBuilder sb = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            sb.append(c.getMessage()).append(" | ");
        }
        return sb.toString();
    }

    private static String env(String name, String def) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? def : v.trim();
    }

    private static String arg(String[] args, int i, String name) {
        if (i >= args.length) {
            fail(name + " needs a value");
        }
        return args[i];
    }

    private static int parsePort(String s) {
        try {
            int p = Integer.parseInt(s);
            if (p > 0 && p < 65536) {
                return p;
            }
        } catch (NumberFormatException ignored) {
            // fall through
        }
        fail("invalid bolt port: " + s);
        return -1;
    }

    private static void fail(String msg) {
        System.err.println("neo4j-launcher: " + msg);
        System.exit(2);
    }

    static void log(String msg) {
        System.out.println(Instant.now() + " [launcher] " + msg);
        System.out.flush();
    }
}
