package org.treatytracker.extract;

/** A name the gazetteer knows: a state's, an organisation's or a treaty's, or one of their codes or aliases. */
public record GazetteerName(String text, String code, NameKind kind) {
}
