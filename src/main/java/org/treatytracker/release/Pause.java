package org.treatytracker.release;

import java.time.Duration;

/** A background loop's wait between two rounds; an interrupt (the service stopping) ends it early and is kept. */
public final class Pause {

    private Pause() {
    }

    public static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
