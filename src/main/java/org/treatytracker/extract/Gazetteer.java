package org.treatytracker.extract;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Finds the names of states, organisations and treaties in a text. */
public interface Gazetteer {

    /** Non-overlapping mentions in text order; where names overlap, the longest wins. */
    List<NameMention> find(String text);

    /** {@link #find(String)}, checking the budget as it goes. */
    default List<NameMention> find(String text, ExtractionBudget budget) {
        budget.check();
        return find(text);
    }

    /** The protocols to a treaty, each with its names: to read "Optional Protocol to the CAT". */
    default Map<String, List<String>> protocolsOf(String treaty) {
        return Map.of();
    }

    /** The treaty a protocol supplements. */
    default Optional<String> parentOf(String protocol) {
        return Optional.empty();
    }
}
