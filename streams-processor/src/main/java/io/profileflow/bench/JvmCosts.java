package io.profileflow.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;

/**
 * Where this JVM's time went during a run: JIT compilation, garbage collection, and the CPU of the extraction
 * worker threads (named {@code extract-<task>} by the topology). Taken before and after a run whose processors
 * live in this JVM, it splits the pipeline's CPU per document into the engine's share and the rest.
 */
record JvmCosts(double jitSeconds, double gcSeconds, double extractCpuSeconds) {
    private static final String EXTRACT_THREAD_PREFIX = "extract-";

    static JvmCosts now() {
        double jit = ManagementFactory.getCompilationMXBean().getTotalCompilationTime() / 1000.0;
        double gc = 0;
        for (GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
            gc += Math.max(0, bean.getCollectionTime()) / 1000.0;
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double extract = 0;
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().startsWith(EXTRACT_THREAD_PREFIX)) {
                extract += Math.max(0, threads.getThreadCpuTime(info.getThreadId())) / 1e9;
            }
        }
        return new JvmCosts(jit, gc, extract);
    }

    JvmCosts minus(JvmCosts before) {
        return new JvmCosts(jitSeconds - before.jitSeconds, gcSeconds - before.gcSeconds,
                extractCpuSeconds - before.extractCpuSeconds);
    }

    /** Per document, in milliseconds. JIT and GC are the JVM's own accounting (time spent, across its threads). */
    String describe(int documents) {
        return String.format("extraction threads %.2f ms CPU/doc, JIT %.2f ms/doc (%.1f s), GC %.2f ms/doc (%.1f s)",
                extractCpuSeconds * 1000 / documents, jitSeconds * 1000 / documents, jitSeconds,
                gcSeconds * 1000 / documents, gcSeconds);
    }
}
