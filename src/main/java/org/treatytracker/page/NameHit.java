package org.treatytracker.page;

/**
 * A state or treaty found by a name: its name in the page's language, its code, the page it has,
 * and the name that matched when it is not the one shown (an alias, the name in the other language).
 */
public record NameHit(String code, String name, String href, String matched) {
}
