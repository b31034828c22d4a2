package cn.kaoping.it;

import java.util.List;

/** Freezes and thaws processes of the stack (SIGSTOP, SIGCONT), for tests of a frozen dependency. */
public final class Signals {

    private Signals() {
    }

    public static void send(String signal, List<ProcessHandle> processes) throws Exception {
        for (ProcessHandle p : processes) {
            new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).inheritIO().start().waitFor();
        }
    }
}
