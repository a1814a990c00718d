package org.treatytracker.cli;

/** A command that runs without the database: for it, the start-up creates, migrates and loads nothing. */
interface NeedsNoDatabase {
}
