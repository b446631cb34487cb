package dk.attestkursus.bench;

import com.sun.tools.attach.VirtualMachine;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import javax.management.MBeanException;
import javax.management.MBeanServerConnection;
import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * Looks into the application's JVM from outside, as an operator with {@code jconsole} would: the JDK's
 * attach API starts the JVM's local management agent ({@code jcmd PID ManagementAgent.start_local}),
 * and the figures are read over JMX: heap (after a full GC when asked), metaspace, loaded classes, live
 * threads by name, Tomcat's session manager ({@code server.tomcat.mbeanregistry.enabled=true}) and
 * Hikari's pool ({@code spring.datasource.hikari.register-mbeans=true}); the RSS from {@code /proc}.
 */
final class SoakProbe implements AutoCloseable {

    private static final ObjectName MEMORY = name("java.lang:type=Memory");
    private static final ObjectName THREADING = name("java.lang:type=Threading");
    private static final ObjectName CLASSES = name("java.lang:type=ClassLoading");
    private static final ObjectName METASPACE = name("java.lang:type=MemoryPool,name=Metaspace");
    private static final ObjectName TOMCAT_MANAGERS = name("Tomcat:type=Manager,*");
    private static final ObjectName TOMCAT_CONTEXTS = name("Tomcat:j2eeType=WebModule,*");
    private static final ObjectName HIKARI = name("com.zaxxer.hikari:*");

    private final long pid;
    private final JMXConnector connector;
    private final MBeanServerConnection jmx;
    private final ThreadMXBean threads;

    private SoakProbe(long pid, JMXConnector connector) throws IOException {
        this.pid = pid;
        this.connector = connector;
        this.jmx = connector.getMBeanServerConnection();
        this.threads =
                ManagementFactory.newPlatformMXBeanProxy(jmx, ManagementFactory.THREAD_MXBEAN_NAME, ThreadMXBean.class);
    }

    static SoakProbe attach(long pid) throws Exception {
        VirtualMachine vm = VirtualMachine.attach(Long.toString(pid));
        String address;
        try {
            address = vm.startLocalManagementAgent();
        } finally {
            vm.detach();
        }
        return new SoakProbe(pid, JMXConnectorFactory.connect(new JMXServiceURL(address)));
    }

    /** One look at the JVM; with {@code fullGc} a full collection first, so the heap figure is what is live. */
    Sample sample(boolean fullGc) throws Exception {
        if (fullGc) {
            jmx.invoke(MEMORY, "gc", null, null);
        }
        MemoryUsage heap = MemoryUsage.from((CompositeData) jmx.getAttribute(MEMORY, "HeapMemoryUsage"));
        MemoryUsage metaspace = MemoryUsage.from((CompositeData) jmx.getAttribute(METASPACE, "Usage"));
        int threadCount = (Integer) jmx.getAttribute(THREADING, "ThreadCount");
        int classes = (Integer) jmx.getAttribute(CLASSES, "LoadedClassCount");
        Set<ObjectName> managers = jmx.queryNames(TOMCAT_MANAGERS, null);
        int active = 0;
        long created = 0;
        long expired = 0;
        long maxIdle = 0;
        int idle = 0;
        long now = System.currentTimeMillis();
        for (ObjectName manager : managers) {
            active += ((Number) jmx.getAttribute(manager, "activeSessions")).intValue();
            created += ((Number) jmx.getAttribute(manager, "sessionCounter")).longValue();
            expired += ((Number) jmx.getAttribute(manager, "expiredSessions")).longValue();
            // How long ago each open session was last used: a session left behind must be gone once
            // it has been idle for the session timeout.
            String ids = (String) jmx.invoke(manager, "listSessionIds", null, null);
            for (String id : ids.isBlank() ? new String[0] : ids.strip().split("\\s+")) {
                try {
                    long last = ((Number)
                                    jmx.invoke(manager, "getLastAccessedTimestamp", new Object[] {id}, new String[] {
                                        String.class.getName()
                                    }))
                            .longValue();
                    maxIdle = Math.max(maxIdle, now - last);
                    if (now - last > IDLE.toMillis()) {
                        idle++;
                    }
                } catch (MBeanException | RuntimeException e) {
                    // expired or invalidated between the list and the question
                }
            }
        }
        int poolActive = -1;
        int poolIdle = -1;
        int poolWaiting = -1;
        for (ObjectName pool : jmx.queryNames(HIKARI, null)) {
            if (!String.valueOf(pool.getKeyProperty("type")).startsWith("Pool (")) {
                continue; // the pool's configuration bean
            }
            poolActive = ((Number) jmx.getAttribute(pool, "ActiveConnections")).intValue();
            poolIdle = ((Number) jmx.getAttribute(pool, "IdleConnections")).intValue();
            poolWaiting = ((Number) jmx.getAttribute(pool, "ThreadsAwaitingConnection")).intValue();
        }
        return new Sample(
                fullGc,
                heap.getUsed(),
                heap.getCommitted(),
                metaspace.getUsed(),
                classes,
                threadCount,
                managers.isEmpty() ? -1 : active,
                created,
                expired,
                idle,
                maxIdle,
                poolActive,
                poolIdle,
                poolWaiting,
                rssBytes());
    }

    /** The servlet session timeout of the web application in minutes, or -1 if Tomcat does not tell. */
    int sessionTimeoutMinutes() {
        try {
            for (ObjectName context : jmx.queryNames(TOMCAT_CONTEXTS, null)) {
                return ((Number) jmx.getAttribute(context, "sessionTimeout")).intValue();
            }
        } catch (Exception e) {
            // not exposed: the caller uses the configured default
        }
        return -1;
    }

    /** Live threads by name with the digits taken out ({@code http-nio-8080-exec-#}), and how many of each. */
    Map<String, Integer> threadGroups() {
        Map<String, Integer> groups = new TreeMap<>();
        long[] ids = threads.getAllThreadIds();
        Arrays.stream(threads.getThreadInfo(ids))
                .filter(Objects::nonNull)
                .map(ThreadInfo::getThreadName)
                .map(n -> n.replaceAll("\\d+", "#"))
                .forEach(n -> groups.merge(n, 1, Integer::sum));
        return groups;
    }

    private long rssBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D+", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux, or the process is gone
        }
        return -1;
    }

    @Override
    public void close() {
        try {
            connector.close();
        } catch (IOException e) {
            // the application is going away anyway
        }
    }

    private static ObjectName name(String name) {
        try {
            return new ObjectName(name);
        } catch (MalformedObjectNameException e) {
            throw new IllegalArgumentException(name, e);
        }
    }

    /**
     * What one look found. Sessions -1: Tomcat's MBeans are off; pool -1: Hikari's are. {@code idleSessions}:
     * open sessions unused for more than {@link #IDLE} (left behind, waiting for the timeout);
     * {@code maxIdleMillis}: how long the longest-unused open session has been unused.
     */
    record Sample(
            boolean afterGc,
            long heapUsed,
            long heapCommitted,
            long metaspaceUsed,
            int classes,
            int threads,
            int sessions,
            long sessionsCreated,
            long sessionsExpired,
            int idleSessions,
            long maxIdleMillis,
            int poolActive,
            int poolIdle,
            int poolWaiting,
            long rss) {

        double maxIdleMinutes() {
            return maxIdleMillis / 60_000.0;
        }
    }

    /** Unused for longer than this, an open session counts as left behind (no simulated user thinks this long). */
    static final Duration IDLE = Duration.ofMinutes(5);
}
