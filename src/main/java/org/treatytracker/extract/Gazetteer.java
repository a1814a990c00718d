package org.treatytracker.extract;

import java.util.List;

/** Finds the names of states, organisations and treaties in a text. */
public interface Gazetteer {

    /** Non-overlapping mentions in text order; where names overlap, the longest wins. */
    List<NameMention> find(String text);
}
