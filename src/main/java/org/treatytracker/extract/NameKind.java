package org.treatytracker.extract;

/** What a name in the text names. */
public enum NameKind {
    STATE, ORGANISATION, TREATY;

    public boolean isParty() {
        return this != TREATY;
    }
}
