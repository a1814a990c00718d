package org.treatytracker.web;

/** A source id from a path: a 400 if it does not have the form of one ({@link Codes#source}). */
public record SourceId(String id) {

    public SourceId {
        id = Codes.source(id);
    }
}
