package io.factwire.extract;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Load time and retained heap of the world gazetteer, in a fresh JVM. Not a test (timings do not belong in
 * tests): run by hand, {@code java -cp target/classes:target/test-classes io.factwire.extract.GazetteerFootprint}.
 */
public final class GazetteerFootprint {
    public static void main(String[] args) {
        // CPU time of this thread, not wall time: the figure holds on a machine shared with other work.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long before = usedAfterGc();
        long start = threads.getCurrentThreadCpuTime();
        WorldGazetteer first = WorldGazetteer.load();
        double coldMs = (threads.getCurrentThreadCpuTime() - start) / 1e6;
        long after = usedAfterGc();
        double[] warm = new double[5];
        for (int i = 0; i < warm.length; i++) {
            long t = threads.getCurrentThreadCpuTime();
            WorldGazetteer.load();
            warm[i] = (threads.getCurrentThreadCpuTime() - t) / 1e6;
        }
        java.util.Arrays.sort(warm);
        System.out.printf(
                "names=%d  first load=%.0f ms CPU  later loads (median of 5)=%.0f ms CPU  retained heap=%.1f MB%n",
                first.size(), coldMs, warm[2], (after - before) / 1048576.0);
        if (first.find("Mardan") == null) {
            throw new IllegalStateException("gazetteer lost Mardan");
        }
    }

    private static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
