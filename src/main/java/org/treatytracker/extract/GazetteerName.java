package org.treatytracker.extract;

/**
 * A name the gazetteer knows: a state's, an organisation's or a treaty's, or one of their codes or
 * aliases.
 *
 * @param parent for a protocol's names, the code of the treaty it supplements; else null
 */
public record GazetteerName(String text, String code, NameKind kind, String parent) {

    public GazetteerName(String text, String code, NameKind kind) {
        this(text, code, kind, null);
    }
}
