package io.profileflow.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Resident memory of a process from Linux's {@code /proc/<pid>/status}: peak (VmHWM) and current (VmRSS). */
record ProcessMemory(long peakKb, long currentKb) {
    private static final Pattern HWM = Pattern.compile("^VmHWM:\\s+(\\d+) kB", Pattern.MULTILINE);
    private static final Pattern RSS = Pattern.compile("^VmRSS:\\s+(\\d+) kB", Pattern.MULTILINE);

    static ProcessMemory of(long pid) {
        try {
            String status = Files.readString(Path.of("/proc", String.valueOf(pid), "status"));
            return new ProcessMemory(value(HWM, status), value(RSS, status));
        } catch (IOException e) {
            return new ProcessMemory(-1, -1); // not Linux, or the process is gone
        }
    }

    static ProcessMemory self() {
        return of(ProcessHandle.current().pid());
    }

    private static long value(Pattern p, String status) {
        Matcher m = p.matcher(status);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    String describe() {
        return peakKb < 0 ? "unavailable (no /proc)" : String.format("peak %d MB (VmHWM), now %d MB (VmRSS)",
                peakKb / 1024, currentKb / 1024);
    }
}
