package cn.npa.embedded;

import java.io.PrintStream;

/** The launcher's terminal: what a person running it reads. Services log through their loggers instead. */
final class Console {

    private static final PrintStream OUT = System.out;

    private Console() {
    }

    static synchronized void line(String text) {
        OUT.println("[npa] " + text);
    }

    /** A progress line: step {@code n} of {@code total} is done, and what it did. */
    static synchronized void step(int n, int total, String text) {
        OUT.println("[npa] [" + n + "/" + total + "] " + text);
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
