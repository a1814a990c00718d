package org.treatytracker.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The server a data folder's {@code postmaster.pid} names, when that process is alive: another
 * process of the service (an import while the service runs) or one that was killed and left it.
 */
record RunningPostmaster(long pid, int port) {

    static Optional<RunningPostmaster> in(Path dataDir) {
        List<String> lines;
        try {
            lines = Files.readAllLines(dataDir.resolve("postmaster.pid"));
        } catch (IOException noServer) {
            return Optional.empty();
        }
        if (lines.size() < 4) {
            return Optional.empty();
        }
        try {
            long pid = Long.parseLong(lines.get(0).strip());
            int port = Integer.parseInt(lines.get(3).strip());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(alive -> new RunningPostmaster(pid, port));
        } catch (NumberFormatException notWrittenYet) {
            return Optional.empty();
        }
    }
}
