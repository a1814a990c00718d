package org.treatytracker;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** The tracker's own settings (application.properties, or TRACKER_* environment variables). */
@ConfigMapping(prefix = "tracker")
public interface TrackerConfig {

    Seeds seeds();

    Datasets datasets();

    Database database();

    Http http();

    Embedded embedded();

    Extract extract();

    ReadModel readModel();

    Replica replica();

    Bench bench();

    interface Seeds {
        /** Load the seeds on start (TRACKER_SEEDS_LOAD). */
        @WithDefault("true")
        boolean load();

        /** The seeds folder, relative to the working directory (TRACKER_SEEDS_DIR). */
        @WithDefault("seeds")
        String dir();
    }

    interface Datasets {
        /** Load the shipped datasets on start, after the seeds (TRACKER_DATASETS_LOAD). */
        @WithDefault("true")
        boolean load();

        /** The datasets folder with its datasets.yaml, relative to the working directory (TRACKER_DATASETS_DIR). */
        @WithDefault("datasets")
        String dir();
    }

    interface Http {
        /** Seconds a client may reuse a response before revalidating it (TRACKER_HTTP_MAX_AGE). */
        @WithDefault("60")
        int maxAge();
    }

    /** The responses held in memory, keyed by the data release (docs/scaling.md). */
    /** The optional read replica (docs/scaling.md); its address is the datasource {@code replica}. */
    interface Replica {
        /**
         * How long public reads may stay on a replica that has not yet replayed the newest release
         * (TRACKER_REPLICA_MAX_LAG); past it they go to the primary until the replica catches up.
         */
        @WithDefault("1S")
        Duration maxLag();

        /** How often the replica's release is read (TRACKER_REPLICA_POLL_INTERVAL): the resolution of its lag. */
        @WithDefault("100MS")
        Duration pollInterval();
    }

    interface ReadModel {
        /** Answer repeated reads from memory (TRACKER_READ_MODEL_ENABLED). */
        @WithDefault("true")
        boolean enabled();

        /** The most response bytes held, all entries together; the least recently used go first (TRACKER_READ_MODEL_MAX_BYTES). */
        @WithDefault("48000000")
        long maxBytes();

        /** A response larger than this is answered but not held (TRACKER_READ_MODEL_MAX_ENTRY_BYTES). */
        @WithDefault("8000000")
        long maxEntryBytes();

        /**
         * How many of the most recently used responses are made again in the background after the data
         * changes, before anyone asks (TRACKER_READ_MODEL_REBUILD); 0 for none.
         */
        @WithDefault("32")
        int rebuild();

        /**
         * How often the data release is read when no change is announced (TRACKER_READ_MODEL_POLL_INTERVAL):
         * the longest a missed announcement can go unnoticed.
         */
        @WithDefault("500MS")
        Duration pollInterval();
    }

    interface Extract {
        /**
         * How long one request for candidates may spend reading its article
         * (TRACKER_EXTRACT_TIME_BUDGET); past it the work stops and the request answers 422. The
         * {@code extract} command has no budget.
         */
        @WithDefault("5S")
        Duration timeBudget();
    }

    interface Bench {
        /**
         * Serve {@code GET /floor/{bytes}}, a constant body held in memory, for the benchmark's HTTP
         * floor (TRACKER_BENCH_FLOOR_ENABLED, bench/README.md). Off, the path answers 404 like any other
         * unknown one.
         */
        @WithDefault("false")
        boolean floorEnabled();
    }

    /** The PostgreSQL the service runs itself when no other database is configured (README, "Run it"). */
    interface Embedded {
        /** Its data folder, relative to the working directory; kept between starts (TRACKER_EMBEDDED_DIR). */
        @WithDefault("data/postgres")
        String dir();

        /** The port it listens on, on 127.0.0.1 only (TRACKER_EMBEDDED_PORT). */
        @WithDefault("54320")
        int port();

        /**
         * Its JDBC URL, made of the port; the datasource's default. The service starts the server when
         * the datasource URL is this one, that is when QUARKUS_DATASOURCE_JDBC_URL names no other.
         */
        String url();
    }

    interface Database {
        /** Create the database named in the JDBC URL when missing (TRACKER_DATABASE_CREATE_IF_MISSING). */
        @WithDefault("true")
        boolean createIfMissing();

        /**
         * The role that owns the schema: creates the database, runs the migrations and grants the
         * datasource user what it needs (TRACKER_DATABASE_OWNER_USERNAME). Unset, the datasource user
         * does all of it, as on a local single-user server. See docs/database-roles.md.
         */
        Optional<String> ownerUsername();

        /** The owner role's password (TRACKER_DATABASE_OWNER_PASSWORD); none for trust authentication. */
        Optional<String> ownerPassword();
    }
}
