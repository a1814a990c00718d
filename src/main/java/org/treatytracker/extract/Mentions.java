package org.treatytracker.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names of a text as the rules use them: the gazetteer's mentions, without a treaty named only
 * as the parent of an optional protocol the catalog does not spell that way ("Protocole facultatif
 * à la Convention contre la torture" is not the Convention), plus "la Convention" / "the treaty"
 * resolved to the treaty last named before it in the same part of the page.
 */
final class Mentions {

    private static final Pattern PROTOCOL_OF = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:protocole|protocol)(?![\\p{L}])[^.;\\n]{0,60}?(?<![\\p{L}])"
                    + "(?:à|a|to|of|de|se\\s+rapportant\\s+à|relatif\\s+à)\\s+(?:la\\s+|le\\s+|l['’]|the\\s+)?$");

    /** A definite "the Convention" not followed by words that would make it another, unnamed, treaty. */
    private static final Pattern ANAPHOR = Pattern.compile(
            "(?<![\\p{L}])(?iu:la|cette|ladite|le|ce|the|this|that)\\s+(?iu:convention|pacte|traité|covenant|treaty)(?![\\p{L}])"
                    + "(?!\\s*(?:(?iu:d['’])|(?iu:de|du|des|sur|relative|relatif|contre|internationale?|pour|concernant|on|against"
                    + "|for|of|n°|no\\.|cadre)(?![\\p{L}])|[A-Z]))");

    private Mentions() {
    }

    static List<NameMention> find(String text, Gazetteer gazetteer, List<TeaserBlock> teasers) {
        List<NameMention> named = new ArrayList<>();
        for (NameMention mention : gazetteer.find(text)) {
            if (mention.kind() == NameKind.TREATY && parentOfUnknownProtocol(text, mention)) {
                continue;
            }
            named.add(mention);
        }
        List<NameMention> all = new ArrayList<>(named);
        Matcher anaphor = ANAPHOR.matcher(text);
        while (anaphor.find()) {
            int start = anaphor.start();
            int end = anaphor.end();
            if (named.stream().anyMatch(m -> m.start() < end && start < m.end())) {
                continue;
            }
            lastTreatyBefore(named, start, region(teasers, start), teasers)
                    .ifPresent(code -> all.add(new NameMention(start, end, NameKind.TREATY, code, true)));
        }
        all.sort(Comparator.comparingInt(NameMention::start));
        return all;
    }

    /** Which part of the page an offset is in: -1 for the article, else the index of its teaser block. */
    static int region(List<TeaserBlock> teasers, int offset) {
        for (int i = 0; i < teasers.size(); i++) {
            if (teasers.get(i).contains(offset)) {
                return i;
            }
        }
        return -1;
    }

    private static Optional<String> lastTreatyBefore(List<NameMention> named, int offset, int region,
                                                               List<TeaserBlock> teasers) {
        String code = null;
        for (NameMention mention : named) {
            if (mention.start() >= offset) {
                break;
            }
            if (mention.kind() == NameKind.TREATY && region(teasers, mention.start()) == region) {
                code = mention.code();
            }
        }
        return Optional.ofNullable(code);
    }

    private static boolean parentOfUnknownProtocol(String text, NameMention mention) {
        int from = Math.max(0, mention.start() - 120);
        return PROTOCOL_OF.matcher(text.substring(from, mention.start())).find();
    }
}
