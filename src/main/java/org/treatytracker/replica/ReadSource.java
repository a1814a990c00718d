package org.treatytracker.replica;

import jakarta.enterprise.context.RequestScoped;
import java.sql.SQLException;
import java.util.Optional;
import org.treatytracker.release.DataRelease;
import org.treatytracker.release.DataReleases;
import org.treatytracker.release.DataVersionWatch;

/**
 * The database one request reads, primary or replica, chosen once before the request's first
 * statement ({@link ChooseReadSource}), and the data release that database holds: a read's labels and
 * the read model's check of it come from the database its data came from.
 */
@RequestScoped
public class ReadSource {

    private final DataVersionWatch primary;
    private final DataReleases primaryReleases;
    private final ReplicaWatch replica;
    private DataRelease replicaRelease;

    public ReadSource(DataVersionWatch primary, DataReleases primaryReleases, ReplicaWatch replica) {
        this.primary = primary;
        this.primaryReleases = primaryReleases;
        this.replica = replica;
    }

    void useReplica(DataRelease release) {
        replicaRelease = release;
    }

    /** Whether this request's sessions read the replica. */
    public boolean onReplica() {
        return replicaRelease != null;
    }

    /**
     * The release this request's data come from, as known before its statements run (never newer than
     * the database's); empty when not known without asking the primary.
     */
    public Optional<DataRelease> release() {
        return onReplica() ? Optional.of(replicaRelease) : primary.current();
    }

    /** The release of the database this request reads, read from it now. */
    public DataRelease readNow() throws SQLException {
        if (onReplica()) {
            return replica.readNow();
        }
        DataRelease release = primaryReleases.current();
        primary.observed(release);
        return release;
    }
}
