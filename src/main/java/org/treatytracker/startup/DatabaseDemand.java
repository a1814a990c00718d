package org.treatytracker.startup;

/**
 * Whether this process needs the database at all. The command line answers, having parsed the
 * process's arguments, so that the start-up knows no command: help, a wrong command, keygen and
 * mint-token need none, and then no embedded server starts and nothing is checked, created,
 * migrated or loaded.
 */
public interface DatabaseDemand {

    boolean databaseNeeded();
}
