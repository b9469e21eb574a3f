package cn.npa.embedded;

import java.io.PrintStream;

/** The launcher's terminal: what a person running it reads. Services log through their loggers instead. */
final class Console {

    private static final PrintStream OUT = System.out;
    /** When the launcher started: every progress line says how long after it the step ended. */
    private static final long STARTED = System.nanoTime();

    private Console() {
    }

    static synchronized void line(String text) {
        OUT.println("[npa] " + text);
    }

    /** Starts the clock of the progress lines (the first call to this class does). */
    static long started() {
        return STARTED;
    }

    /** A progress line: step {@code n} of {@code total} is done, when (seconds since the launcher started), and what it did. */
    static synchronized void step(int n, int total, String text) {
        OUT.println(String.format("[npa] [%d/%d] %5.1f s  %s", n, total, (System.nanoTime() - STARTED) / 1e9, text));
    }

    /** Raw output (a token) with nothing added. */
    static void out(String text) {
        OUT.println(text);
    }

    /** A child's log line with its service name in front. */
    static synchronized void child(String name, String text) {
        OUT.println(String.format("%-10s| %s", name, text));
    }
}
