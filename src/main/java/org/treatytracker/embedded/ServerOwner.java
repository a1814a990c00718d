package org.treatytracker.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * Which process of the service stops the embedded server: its pid, in a file beside the data folder
 * ({@code postgres.owner}). PostgreSQL's own {@code postmaster.pid} cannot say it: the server is
 * started through pg_ctl and its parent is always init. A server whose owner has ended (killed with
 * SIGKILL, or the machine's power) is adopted by the next process that starts, so that none is left
 * running with no one to stop it.
 */
final class ServerOwner {

    private final Path file;

    ServerOwner(Path data) {
        this.file = data.resolveSibling(data.getFileName() + ".owner");
    }

    /** This process is the owner from now on. */
    void claim() {
        try {
            Files.writeString(file, Long.toString(ProcessHandle.current().pid()), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            // Without the file, a later process takes the server for an orphan only if this one has ended: no harm.
            System.err.println("Could not record the embedded PostgreSQL's owner in " + file + ": " + e.getMessage());
        }
    }

    void release() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            System.err.println("Could not remove " + file + ": " + e.getMessage());
        }
    }

    /** The live process that owns the server, other than this one; empty when there is none (an orphan). */
    OptionalLong liveOther() {
        long pid;
        try {
            pid = Long.parseLong(Files.readString(file, StandardCharsets.US_ASCII).strip());
        } catch (IOException | NumberFormatException none) {
            return OptionalLong.empty();
        }
        boolean alive = pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        return alive ? OptionalLong.of(pid) : OptionalLong.empty();
    }
}
