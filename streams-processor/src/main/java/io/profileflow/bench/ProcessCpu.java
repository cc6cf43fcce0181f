package io.profileflow.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time (user + system) a process has used so far, from Linux's {@code /proc/<pid>/stat}. The bench takes it
 * before and after a run: CPU per document says what a document costs whichever threads spend it, which the
 * documents/s of a run on a shared 2-core machine does not.
 */
final class ProcessCpu {
    /** Linux reports stat times in clock ticks of USER_HZ, which is 100 on every architecture the JDK runs on. */
    private static final double TICKS_PER_SECOND = 100.0;

    private ProcessCpu() {
    }

    /** Seconds of CPU the process has used, or -1 where there is no {@code /proc} or the process is gone. */
    static double seconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            // The command name (field 2) is in parentheses and may hold spaces; fields after it are plain.
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // Fields 14 and 15 of the file (utime, stime) are at 11 and 12 counted from field 3.
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** CPU seconds of this JVM and of the given other processes (ignored where unreadable). */
    static double total(long... otherPids) {
        double sum = Math.max(0, seconds(ProcessHandle.current().pid()));
        for (long pid : otherPids) {
            sum += Math.max(0, seconds(pid));
        }
        return sum;
    }
}
