package org.treatytracker.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names of a text as the rules use them: the gazetteer's mentions, with "Optional Protocol to
 * the CAT" / "deuxième Protocole facultatif au PIDCP" read as the protocol (by its ordinal or the
 * words that follow, when the treaty has several) rather than as the treaty it supplements, and
 * "la Convention" / "the treaty" resolved to the treaty last named in the same part of the page.
 */
final class Mentions {

    private static final String ORDINAL = "(first|second|third|premier|première|deuxième|second|seconde|troisième"
            + "|1st|2nd|3rd|1er|1re|2e|2ème|3e|3ème)";

    private static final Pattern PROTOCOL_LEAD = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:" + ORDINAL + "\\s+)?(?:optional\\s+|additional\\s+)?(?:protocoles?|protocols?)(?![\\p{L}])[^.;\\n]{0,60}?(?<![\\p{L}])"
                    + "(?:à|a|to|of|de|du|au|aux|se\\s+rapportant\\s+(?:à|au|aux)|relatif\\s+(?:à|au|aux))\\s+"
                    + "(?:la\\s+|le\\s+|l['’]|the\\s+)?(?:(?:(?-i:UN|U\\.N\\.)|United\\s+Nations)\\s+)?$");

    /** A lead naming several protocols of the treaty ("les deux Protocoles facultatifs à la Convention"). */
    private static final Pattern SEVERAL_PROTOCOLS = Pattern.compile("(?iu)^(?:\\p{L}+\\s+){0,2}protocol(?:e)?s(?![\\p{L}])");

    private static final Pattern ORDINAL_LEAD = Pattern.compile("(?iu)(?<![\\p{L}])" + ORDINAL + "\\s+$");

    /**
     * What may follow "on" after "the Convention" when it dates the act, not names another treaty ("ratified the
     * Convention on 30 November", "on Monday"): a day of the month or a weekday.
     */
    private static final String DAY_OR_MONTH = "\\d{1,2}(?![\\p{N}])|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
            + "|january|february|march|april|may|june|july|august|september|october|november|december";

    /**
     * A definite "the Convention" not followed by words that would make it another, unnamed, treaty
     * ("the treaty on ..." is another one; "the treaty on behalf of their country" is not).
     */
    private static final Pattern ANAPHOR = Pattern.compile(
            "(?<![\\p{L}])(?iu:la|cette|ladite|le|ce|the|this|that)\\s+(?iu:convention|pacte|traité|covenant|treaty)(?![\\p{L}])"
                    + "(?!\\s*(?:(?iu:d['’])|(?iu:de|du|des|sur|relative|relatif|contre|internationale?|pour|concernant|on(?!\\s+(?:behalf|" + DAY_OR_MONTH + "))|against"
                    + "|for|of|n°|no\\.|cadre)(?![\\p{L}])|[A-Z]))");

    /**
     * "le protocole", "the protocol", "le Protocole de l'ONU": the protocol last named, when nothing after makes it
     * another one ("le Protocole 13 à la CEDH" is a numbered protocol of another treaty).
     */
    private static final Pattern PROTOCOL_ANAPHOR = Pattern.compile(
            "(?<![\\p{L}])(?iu:le|ce|ledit|the|this|that)\\s+(?iu:protocole|protocol)(?![\\p{L}])"
                    + "(?!\\s*(?:(?iu:d['’])|(?iu:facultatif|optional|additionnel|additional|de(?!\\s+l['’]ONU(?![\\p{L}]))|du|des|sur|relatif|se|to"
                    + "|of(?!\\s+the\\s+(?:UN|United\\s+Nations)(?![\\p{L}]))|on"
                    + "|for|n°|no\\.)(?![\\p{L}])|[A-Z]|\\d))");

    private static final Pattern POSSESSIVE_PROTOCOL = Pattern.compile(
            "(?<![\\p{L}])(?iu:its|their|son|leur|ses|leurs)\\s+(?:" + ORDINAL + "\\s+)?(?iu:(?:optional\\s+|additional\\s+)?protocols?"
                    + "(?:\\s+facultatifs?|\\s+additionnels?)?|protocoles?(?:\\s+facultatifs?|\\s+additionnels?)?)(?![\\p{L}])");

    private static final Map<String, Integer> ORDINALS = Map.ofEntries(
            Map.entry("first", 1), Map.entry("premier", 1), Map.entry("premiere", 1), Map.entry("1st", 1),
            Map.entry("1er", 1), Map.entry("1re", 1), Map.entry("second", 2), Map.entry("seconde", 2),
            Map.entry("deuxieme", 2), Map.entry("2nd", 2), Map.entry("2e", 2), Map.entry("2eme", 2),
            Map.entry("third", 3), Map.entry("troisieme", 3), Map.entry("3rd", 3), Map.entry("3e", 3),
            Map.entry("3eme", 3));

    private static final Set<String> STOP_WORDS = Set.of("with", "from", "that", "this", "pour", "dans", "avec", "sur",
            "which", "their", "leur", "leurs", "have", "has", "been", "were", "will", "also", "aussi", "dont", "elle", "ont");

    private Mentions() {
    }

    /** @param catalogNames what the gazetteer finds in {@code text}, in text order */
    static List<NameMention> find(String text, List<NameMention> catalogNames, Gazetteer gazetteer, List<TeaserBlock> teasers,
                                  ExtractionBudget budget) {
        List<NameMention> named = new ArrayList<>();
        for (NameMention mention : catalogNames) {
            budget.check(named.size());
            if (mention.kind() != NameKind.TREATY) {
                named.add(mention);
                continue;
            }
            int from = Math.max(0, mention.start() - 120);
            Optional<String> parent = gazetteer.parentOf(mention.code());
            Matcher ordinal = ORDINAL_LEAD.matcher(text.substring(from, mention.start()));
            if (parent.isPresent() && ordinal.find()) {
                // "deuxième Protocole facultatif se rapportant au Pacte ...": the catalog spells the first one so
                protocol(text, gazetteer, new NameMention(mention.start(), mention.end(), NameKind.TREATY, parent.get(), false),
                        ordinal.group(1)).ifPresent(code -> named.add(new NameMention(from + ordinal.start(), mention.end(),
                        NameKind.TREATY, code, false)));
                continue;
            }
            Matcher lead = PROTOCOL_LEAD.matcher(text.substring(from, mention.start()));
            if (!lead.find()) {
                named.add(mention);
                continue;
            }
            // a treaty named as the parent of a protocol stands for the protocol, or for nothing we know
            // ("the two Optional Protocols to the Convention": several, none of them by name)
            protocolLed(text, gazetteer, mention, lead)
                    .ifPresent(code -> named.add(new NameMention(from + lead.start(), mention.end(), NameKind.TREATY, code,
                            false)));
        }
        // Each anaphor looks back for the treaty last named in its part of the page, or the protocol last
        // named again as "the Protocol" ("The Protocol also requires ... The treaty is entering into force").
        // The anaphors come in text order, so one pass over the names (in their order) serves them all.
        List<NameMention> all = new ArrayList<>(named);
        Spans namedSpans = new Spans(named);
        List<NameMention> antecedents = new ArrayList<>(named);
        antecedents.addAll(protocolsNamedAgain(text, gazetteer, teasers, named, namedSpans, budget));
        antecedents.sort(Comparator.comparingInt(NameMention::start));
        List<NameMention> anaphors = new ArrayList<>();
        Map<Integer, String> lastTreaty = new HashMap<>();
        int passed = 0;
        Matcher anaphor = ANAPHOR.matcher(text);
        while (anaphor.find()) {
            budget.check(all.size());
            int start = anaphor.start();
            int end = anaphor.end();
            if (namedSpans.overlap(start, end)) {
                continue;
            }
            for (; passed < antecedents.size() && antecedents.get(passed).start() < start; passed++) {
                NameMention mention = antecedents.get(passed);
                if (mention.kind() == NameKind.TREATY) {
                    lastTreaty.put(region(teasers, mention.start()), mention.code());
                }
            }
            String code = lastTreaty.get(region(teasers, start));
            if (code == null) {
                continue;
            }
            NameMention resolved = new NameMention(start, end, NameKind.TREATY, code, true);
            int from = Math.max(0, start - 120);
            Matcher lead = PROTOCOL_LEAD.matcher(text.substring(from, start));
            if (lead.find()) {
                // "the Optional Protocol to the Convention": the protocol of the treaty the anaphor stands
                // for, or nothing when the text does not say which of its protocols
                Optional<String> child = protocolLed(text, gazetteer, resolved, lead);
                if (child.isEmpty()) {
                    continue;
                }
                resolved = new NameMention(from + lead.start(), end, NameKind.TREATY, child.get(), true);
            }
            all.add(resolved);
            anaphors.add(resolved);
        }
        all.addAll(possessiveProtocols(text, gazetteer, teasers, named, new Spans(all), budget));
        // A protocol anaphor stands for the protocol named last (in the names' order) before it in its part of the page.
        Spans anaphorSpans = new Spans(anaphors);
        // the protocols named, and those an anaphor stands for ("the Optional Protocol to the Convention")
        List<NameMention> protocolNames = new ArrayList<>(named);
        anaphors.stream().filter(m -> gazetteer.parentOf(m.code()).isPresent()).forEach(protocolNames::add);
        protocolNames.sort(Comparator.comparingInt(NameMention::start));
        List<Integer> protocols = new ArrayList<>();
        for (int i = 0; i < protocolNames.size(); i++) {
            NameMention mention = protocolNames.get(i);
            if (mention.kind() == NameKind.TREATY && gazetteer.parentOf(mention.code()).isPresent()) {
                protocols.add(i);
            }
        }
        Map<Integer, Integer> lastProtocol = new HashMap<>();
        passed = 0;
        Matcher protocol = PROTOCOL_ANAPHOR.matcher(text);
        while (protocol.find()) {
            budget.check(all.size());
            int start = protocol.start();
            int end = protocol.end();
            if (namedSpans.overlap(start, end) || anaphorSpans.overlap(start, end)) {
                continue;
            }
            for (; passed < protocols.size() && protocolNames.get(protocols.get(passed)).start() < start; passed++) {
                int index = protocols.get(passed);
                lastProtocol.merge(region(teasers, protocolNames.get(index).start()), index, Math::max);
            }
            Integer last = lastProtocol.get(region(teasers, start));
            if (last != null) {
                all.add(new NameMention(start, end, NameKind.TREATY, protocolNames.get(last).code(), true));
            }
        }
        all.sort(Comparator.comparingInt(NameMention::start));
        return all;
    }

    /** "The Protocol", "le protocole" standing for the protocol last named by name before it in its part of the page. */
    private static List<NameMention> protocolsNamedAgain(String text, Gazetteer gazetteer, List<TeaserBlock> teasers,
                                                         List<NameMention> named, Spans namedSpans, ExtractionBudget budget) {
        List<NameMention> found = new ArrayList<>();
        Map<Integer, String> lastProtocol = new HashMap<>();
        int passed = 0;
        Matcher protocol = PROTOCOL_ANAPHOR.matcher(text);
        while (protocol.find()) {
            budget.check(found.size());
            if (namedSpans.overlap(protocol.start(), protocol.end())) {
                continue;
            }
            for (; passed < named.size() && named.get(passed).start() < protocol.start(); passed++) {
                NameMention mention = named.get(passed);
                if (mention.kind() == NameKind.TREATY && gazetteer.parentOf(mention.code()).isPresent()) {
                    lastProtocol.put(region(teasers, mention.start()), mention.code());
                }
            }
            String code = lastProtocol.get(region(teasers, protocol.start()));
            if (code != null) {
                found.add(new NameMention(protocol.start(), protocol.end(), NameKind.TREATY, code, true));
            }
        }
        return found;
    }

    /**
     * "the Convention and its Optional Protocol", "le Pacte et son protocole facultatif": the protocol of
     * the treaty named last before it, when that treaty has one protocol, or the text says which.
     */
    private static List<NameMention> possessiveProtocols(String text, Gazetteer gazetteer, List<TeaserBlock> teasers,
                                                         List<NameMention> named, Spans taken, ExtractionBudget budget) {
        List<NameMention> found = new ArrayList<>();
        Map<Integer, NameMention> lastTreaty = new HashMap<>();
        int passed = 0;
        Matcher possessive = POSSESSIVE_PROTOCOL.matcher(text);
        while (possessive.find()) {
            budget.check(found.size());
            int start = possessive.start();
            int end = possessive.end();
            if (taken.overlap(start, end)) {
                continue;
            }
            for (; passed < named.size() && named.get(passed).start() < start; passed++) {
                NameMention mention = named.get(passed);
                if (mention.kind() == NameKind.TREATY && gazetteer.parentOf(mention.code()).isEmpty()) {
                    lastTreaty.put(region(teasers, mention.start()), mention);
                }
            }
            NameMention parent = lastTreaty.get(region(teasers, start));
            if (parent != null) {
                protocol(text, gazetteer, new NameMention(parent.start(), end, NameKind.TREATY, parent.code(), true), possessive.group(1))
                        .ifPresent(code -> found.add(new NameMention(start, end, NameKind.TREATY, code, true)));
            }
        }
        return found;
    }

    /** The protocol of {@code parent} its lead names; none when the lead names several of them. */
    private static Optional<String> protocolLed(String text, Gazetteer gazetteer, NameMention parent, Matcher lead) {
        return SEVERAL_PROTOCOLS.matcher(lead.group()).find() ? Optional.empty() : protocol(text, gazetteer, parent, lead.group(1));
    }

    /**
     * Which protocol of {@code parent} the text names: the one with the ordinal given ("deuxième"),
     * the only one, or the one whose name shares the most words with what follows ("on the sale
     * of children"); with no such clue, the unnumbered one of a numbered series ("Optional
     * Protocol to the ICCPR" beside "Second Optional Protocol").
     */
    private static Optional<String> protocol(String text, Gazetteer gazetteer, NameMention parent, String ordinal) {
        Map<String, List<String>> children = gazetteer.protocolsOf(parent.code());
        if (children.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Integer> numbers = new HashMap<>();
        children.forEach((code, names) -> numbers.put(code, names.stream()
                .map(name -> ORDINALS.get(NumberWords.key(name.split("\\s+")[0])))
                .filter(n -> n != null).findFirst().orElse(0)));
        boolean numbered = numbers.values().stream().anyMatch(n -> n > 1);
        if (ordinal != null) {
            int wanted = ORDINALS.getOrDefault(NumberWords.key(ordinal), 0);
            return only(children.keySet().stream()
                    .filter(code -> numbers.get(code) == wanted || (wanted == 1 && numbers.get(code) == 0 && numbered))
                    .toList());
        }
        if (children.size() == 1) {
            return Optional.of(children.keySet().iterator().next());
        }
        int to = Math.min(text.length(), parent.end() + 120);
        int stop = text.substring(parent.end(), to).replaceAll("[.;\\n].*", "").length();
        List<Words.Word> after = Words.of(text, parent.end(), parent.end() + stop);
        Map<String, Integer> scores = new HashMap<>();
        for (Map.Entry<String, List<String>> child : children.entrySet()) {
            String names = NumberWords.key(String.join(" ", child.getValue()));
            int score = (int) after.stream()
                    .filter(w -> w.key().length() >= 4 && !STOP_WORDS.contains(w.key()))
                    .filter(w -> names.matches("(?s).*(?<![\\p{L}])" + Pattern.quote(w.key()) + "(?![\\p{L}]).*"))
                    .count();
            scores.put(child.getKey(), score);
        }
        int best = scores.values().stream().max(Integer::compare).orElse(0);
        List<String> winners = scores.entrySet().stream().filter(e -> e.getValue() == best).map(Map.Entry::getKey).toList();
        if (best > 0 && winners.size() == 1) {
            return Optional.of(winners.get(0));
        }
        if (numbered) {
            return only(children.keySet().stream().filter(code -> numbers.get(code) == 0).toList());
        }
        return Optional.empty();
    }

    private static Optional<String> only(List<String> codes) {
        return codes.size() == 1 ? Optional.of(codes.get(0)) : Optional.empty();
    }

    /**
     * Which part of the page an offset is in: -1 for the article, else the index of its teaser block.
     * By binary search: the blocks are in text order and do not overlap, as {@link TeaserDetector} gives them.
     */
    static int region(List<TeaserBlock> teasers, int offset) {
        int low = 0;
        int high = teasers.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (teasers.get(mid).start() <= offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low > 0 && teasers.get(low - 1).contains(offset) ? low - 1 : -1;
    }

    /** Spans of the text, asked whether any of them overlaps a given one, by binary search. */
    private static final class Spans {

        private final int[] starts;
        /** The furthest end among the spans sorted up to each index. */
        private final int[] furthestEnds;

        Spans(List<NameMention> mentions) {
            List<NameMention> sorted = new ArrayList<>(mentions);
            sorted.sort(Comparator.comparingInt(NameMention::start));
            starts = new int[sorted.size()];
            furthestEnds = new int[sorted.size()];
            for (int i = 0; i < sorted.size(); i++) {
                starts[i] = sorted.get(i).start();
                furthestEnds[i] = Math.max(i == 0 ? 0 : furthestEnds[i - 1], sorted.get(i).end());
            }
        }

        boolean overlap(int start, int end) {
            int low = 0;
            int high = starts.length;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (starts[mid] < end) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            return low > 0 && furthestEnds[low - 1] > start;
        }
    }
}
