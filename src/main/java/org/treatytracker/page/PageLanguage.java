package org.treatytracker.page;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.util.List;
import java.util.Locale;

/**
 * The languages pages are written in. A page's language is the one its {@code lang} parameter names
 * (the switch on every page sets it), else the best match of the browser's {@code Accept-Language},
 * else English.
 */
public enum PageLanguage {
    en(Locale.ENGLISH, "English"),
    fr(Locale.FRENCH, "Français");

    private final Locale locale;
    private final String ownName;

    PageLanguage(Locale locale, String ownName) {
        this.locale = locale;
        this.ownName = ownName;
    }

    /** The pages' words in this language. */
    public PageText text() {
        return this == en ? MessageBundles.get(PageText.class) : MessageBundles.get(PageText.class, Localized.Literal.of(name()));
    }

    public Locale locale() {
        return locale;
    }

    /** The language's name in itself, as the switch shows it. */
    public String ownName() {
        return ownName;
    }

    public PageLanguage other() {
        return this == en ? fr : en;
    }

    public boolean isFrench() {
        return this == fr;
    }

    /** The language a {@code lang} parameter names, or null for none or one the pages are not written in. */
    public static PageLanguage named(String lang) {
        if (lang == null) {
            return null;
        }
        for (PageLanguage language : values()) {
            if (language.name().equalsIgnoreCase(lang.trim())) {
                return language;
            }
        }
        return null;
    }

    /** The best match of an {@code Accept-Language} header (RFC 9110 12.5.4); English when none matches or it does not parse. */
    public static PageLanguage accepted(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return en;
        }
        try {
            String tag = Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), List.of("en", "fr"));
            return tag == null ? en : valueOf(tag);
        } catch (IllegalArgumentException malformed) {
            return en;
        }
    }
}
