package org.treatytracker;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The tracker's own settings (application.properties, or TRACKER_* environment variables). */
@ConfigMapping(prefix = "tracker")
public interface TrackerConfig {

    Seeds seeds();

    Database database();

    Http http();

    interface Seeds {
        /** Load the seeds on start (TRACKER_SEEDS_LOAD). */
        @WithDefault("true")
        boolean load();

        /** The seeds folder, relative to the working directory (TRACKER_SEEDS_DIR). */
        @WithDefault("seeds")
        String dir();
    }

    interface Http {
        /** Seconds a client may reuse a response before revalidating it (TRACKER_HTTP_MAX_AGE). */
        @WithDefault("60")
        int maxAge();
    }

    interface Database {
        /** Create the database named in the JDBC URL when missing (TRACKER_DATABASE_CREATE_IF_MISSING). */
        @WithDefault("true")
        boolean createIfMissing();
    }
}
