package org.treatytracker.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;
import org.treatytracker.provenance.CodePointOffsets;
import org.treatytracker.provenance.PartialDate;

/**
 * An article read once for all rules: its teaser blocks, sentences, names, numbers and dates, and
 * who it is mainly about. Offsets are UTF-16 indexes into the unaltered text. What the rules ask of
 * every sentence (its names, numbers and dates, the names the page mentions most) is indexed or
 * computed once, so that the rules' work grows with the text, not with its square.
 */
public final class AnalysedArticle {

    private final Article article;
    private final UprCalendar calendar;
    private final List<TeaserBlock> teasers;
    private final List<Sentence> sentences;
    /** The catalog's names as the gazetteer finds them, before protocols and anaphors are read ({@link Mentions}). */
    private final List<NameMention> catalogNames;
    private final List<NameMention> mentions;
    private final List<NumberMention> numbers;
    private final List<DateMention> dates;
    private final CodePointOffsets offsets;
    private final List<List<NameMention>> mentionsBySentence;
    private final List<List<NumberMention>> numbersBySentence;
    private final List<List<DateMention>> datesBySentence;
    private final Map<Wanted, Map<Integer, Optional<String>>> dominant = new EnumMap<>(Wanted.class);
    private final Map<Object, Object> memo = new HashMap<>();
    private final ExtractionBudget budget;
    private final Gazetteer gazetteer;
    /** The memo key of the treaty codes each part of the page names. */
    private static final Object TREATIES_NAMED = new Object();
    /** Among the codes a part of the page names: a protocol named but not resolved to one. */
    private static final String UNRESOLVED_PROTOCOL = "(a protocol not resolved)";

    /** The names an attribution looks for. */
    private enum Wanted implements Predicate<NameMention> {
        STATES {
            @Override
            public boolean test(NameMention m) {
                return !m.anaphoric() && m.kind() == NameKind.STATE;
            }
        },
        PARTIES {
            @Override
            public boolean test(NameMention m) {
                return !m.anaphoric() && (m.kind() == NameKind.STATE || m.kind() == NameKind.ORGANISATION);
            }
        },
        TREATIES {
            @Override
            public boolean test(NameMention m) {
                return m.kind() == NameKind.TREATY;
            }
        };

        static Wanted parties(boolean parties) {
            return parties ? PARTIES : STATES;
        }
    }

    /** @param budget checked in every pass over the text; the constructor throws {@link ExtractionStopped} when it is spent */
    public AnalysedArticle(Article article, Gazetteer gazetteer, UprCalendar calendar, ExtractionBudget budget) {
        this.article = article;
        this.calendar = calendar;
        this.budget = budget;
        this.gazetteer = gazetteer;
        String text = article.text();
        this.offsets = CodePointOffsets.of(text);
        this.teasers = TeaserDetector.detect(text, budget);
        this.sentences = SentenceSplitter.split(text, teasers, budget);
        this.catalogNames = gazetteer.find(text, budget);
        this.mentions = Mentions.find(text, catalogNames, gazetteer, teasers, budget);
        List<DateMention> all = datesOf(text, sentences, article.publishedOn(), budget);
        this.numbers = withoutDates(NumberFinder.find(text, 0, text.length(), article.language(), budget), all);
        this.dates = all.stream().filter(d -> !isDateline(text, d)).toList();
        this.mentionsBySentence = bySentence(mentions, NameMention::start, NameMention::end);
        this.numbersBySentence = bySentence(numbers, NumberMention::start, NumberMention::end);
        this.datesBySentence = bySentence(dates, DateMention::start, DateMention::end);
    }

    /**
     * Dates, with missing years taken from the publication date in the article and, in a teaser
     * block, from the date of the teaser item they appear under ("23/12/2024 ... le 24 décembre").
     * In text order, since each sentence's are.
     */
    private static List<DateMention> datesOf(String text, List<Sentence> sentences, PartialDate published,
                                             ExtractionBudget budget) {
        List<DateMention> dates = new ArrayList<>();
        PartialDate reference = published;
        boolean inTeaser = false;
        for (Sentence sentence : sentences) {
            budget.check();
            if (sentence.teaser() != inTeaser) {
                reference = published;
                inTeaser = sentence.teaser();
            }
            List<DateMention> found = DateFinder.find(text, sentence.start(), sentence.end(), reference);
            dates.addAll(found);
            if (sentence.teaser()) {
                for (DateMention date : found) {
                    if (date.basis() == PartialDate.Basis.stated && date.date() != null
                            && date.date().precision() != PartialDate.Precision.year) {
                        reference = date.date();
                    }
                }
            }
        }
        return dates;
    }

    /** The numbers that are not part of a date ("le 24 décembre", "2015"), found by binary search among the dates. */
    private static List<NumberMention> withoutDates(List<NumberMention> numbers, List<DateMention> dates) {
        int[] furthestEnd = new int[dates.size()];
        for (int i = 0; i < dates.size(); i++) {
            furthestEnd[i] = Math.max(i == 0 ? 0 : furthestEnd[i - 1], dates.get(i).end());
        }
        List<NumberMention> kept = new ArrayList<>(numbers.size());
        for (NumberMention number : numbers) {
            // the dates starting before the number ends overlap it if one of them ends after it starts
            int before = firstAtOrAfter(dates, DateMention::start, number.end());
            if (before == 0 || furthestEnd[before - 1] <= number.start()) {
                kept.add(number);
            }
        }
        return List.copyOf(kept);
    }

    /**
     * A date heading a line ("30/11/2023 — ...", "Nov 30, 2023 |", "United Nations, 2 October – ...",
     * "GENEVA (21 September 2017) - ...") dates the news item, not what it reports: only blanks, or a
     * place and a comma or bracket, before it on its line, and after it blanks up to the end of the line
     * or a dash, a bar, a colon or a bullet. Only the characters around the date are read, however long the line.
     */
    private static boolean isDateline(String text, DateMention date) {
        int lineStart = date.start();
        while (lineStart > 0 && text.charAt(lineStart - 1) != '\n' && date.start() - lineStart <= MAX_PLACE) {
            lineStart--;
        }
        if (lineStart > 0 && text.charAt(lineStart - 1) != '\n'
                || !PLACE_BEFORE_DATE.matcher(text.substring(lineStart, date.start())).matches()) {
            return false;
        }
        int i = date.end();
        if (i < text.length() && text.charAt(i) == ')') {
            i++;
        }
        while (i < text.length() && text.charAt(i) != '\n' && isRegexSpace(text.charAt(i))) {
            i++;
        }
        // "Lomé, 17 juin 2010 (Apic) Le Togo ...", "BEIJING, March 31 (Xinhua) --": the agency's name closes a dateline
        if (AGENCY_AFTER_DATE.matcher(text).region(i, Math.min(text.length(), i + MAX_AGENCY)).lookingAt()) {
            return true;
        }
        return i == text.length() || text.charAt(i) == '\n' || "—–-|:•·".indexOf(text.charAt(i)) >= 0;
    }

    private static final int MAX_AGENCY = 30;
    private static final Pattern AGENCY_AFTER_DATE = Pattern.compile("\\((?:\\p{Lu}[\\p{L}/.&-]*\\s?){1,3}\\)");

    /** The longest place name a dateline may open with. */
    private static final int MAX_PLACE = 40;
    private static final Pattern PLACE_BEFORE_DATE = Pattern.compile(
            "\\s*(?:\\p{Lu}[\\p{L}.'’ -]*(?:,|\\s\\()\\s*)?");

    /** What {@code \s} matches in a Java pattern without UNICODE_CHARACTER_CLASS. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** For each sentence, the items (in text order) that lie within it. */
    private <T> List<List<T>> bySentence(List<T> items, ToIntFunction<T> start, ToIntFunction<T> end) {
        List<List<T>> within = new ArrayList<>(sentences.size());
        for (Sentence sentence : sentences) {
            List<T> found = new ArrayList<>();
            for (int i = firstAtOrAfter(items, start, sentence.start()); i < items.size()
                    && start.applyAsInt(items.get(i)) < sentence.end(); i++) {
                if (end.applyAsInt(items.get(i)) <= sentence.end()) {
                    found.add(items.get(i));
                }
            }
            within.add(List.copyOf(found));
        }
        return within;
    }

    /** The index of the first item starting at or after {@code offset}, in items sorted by start. */
    private static <T> int firstAtOrAfter(List<T> items, ToIntFunction<T> start, int offset) {
        int low = 0;
        int high = items.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (start.applyAsInt(items.get(mid)) < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    public String text() {
        return article.text();
    }

    public Article article() {
        return article;
    }

    /** What the rules' own passes over the whole page check (see {@link #memo}). */
    public ExtractionBudget budget() {
        return budget;
    }

    /** The text's code-point offsets, for the candidates' quotes. */
    public CodePointOffsets offsets() {
        return offsets;
    }

    public Language language() {
        return article.language();
    }

    public PartialDate publishedOn() {
        return article.publishedOn();
    }

    public UprCalendar calendar() {
        return calendar;
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    public String text(Sentence sentence) {
        return sentence.text(article.text());
    }

    public List<NameMention> mentions(Sentence sentence) {
        return mentionsBySentence.get(sentence.index());
    }

    /** The numbers of the sentence that are not part of a date ("le 24 décembre", "2015"). */
    public List<NumberMention> numbers(Sentence sentence) {
        return numbersBySentence.get(sentence.index());
    }

    public List<DateMention> dates(Sentence sentence) {
        return datesBySentence.get(sentence.index());
    }

    public Optional<TeaserBlock> teaser(Sentence sentence) {
        int block = region(sentence);
        return block < 0 ? Optional.empty() : Optional.of(teasers.get(block));
    }

    /**
     * What a rule computes once per article, under a key of its own: a fact about the whole page
     * ("does it name the UPR anywhere?") asked by every sentence, or a result each sentence builds
     * on the previous one's.
     */
    @SuppressWarnings("unchecked")
    <T> T memo(Object key, Supplier<T> compute) {
        T known = (T) memo.get(key);
        if (known == null) {
            known = compute.get();
            memo.put(key, known);
        }
        return known;
    }

    /** The sentence before, in the same part of the page (the article, or the same teaser block). */
    public Optional<Sentence> previous(Sentence sentence) {
        int at = sentence.index() - 1;
        // the article's text goes on across a teaser block inside it ("RELATED:" and a headline)
        while (at >= 0 && region(sentence) < 0 && insideTheArticle(sentences.get(at))) {
            at--;
        }
        if (at < 0) {
            return Optional.empty();
        }
        Sentence previous = sentences.get(at);
        return region(previous) == region(sentence) ? Optional.of(previous) : Optional.empty();
    }

    /** The sentence after, in the same part of the page. */
    public Optional<Sentence> next(Sentence sentence) {
        int at = sentence.index() + 1;
        while (at < sentences.size() && region(sentence) < 0 && insideTheArticle(sentences.get(at))) {
            at++;
        }
        if (at >= sentences.size()) {
            return Optional.empty();
        }
        Sentence next = sentences.get(at);
        return region(next) == region(sentence) ? Optional.of(next) : Optional.empty();
    }

    /**
     * The state (or, with {@code parties}, also an organisation) a claim at {@code offset} is about:
     * the nearest one named before it in the sentence, else after it, else the last one named in the
     * previous sentence, else the one the part of the page names most.
     */
    public Optional<Attribution> stateFor(Sentence sentence, int offset, boolean parties) {
        Wanted wanted = Wanted.parties(parties);
        return nearest(sentence, offset, wanted, "state")
                .or(() -> dominant(sentence, wanted).map(code -> new Attribution(code, null,
                        "state: " + code + ", the state " + (sentence.teaser() ? "this teaser block" : "the article")
                                + " names most; the sentence and the one before name none")));
    }

    /** The state a sentence whose subject is "il" or "le pays" speaks of: the previous sentence's, else the page's. */
    public Optional<Attribution> stateBefore(Sentence sentence, boolean parties) {
        Wanted wanted = Wanted.parties(parties);
        return previous(sentence)
                .flatMap(previous -> inPrevious(previous, wanted))
                .map(m -> attribution(m, "state", "named in the previous sentence"))
                .or(() -> dominant(sentence, wanted).map(code -> new Attribution(code, null,
                        "state: " + code + ", the state " + (sentence.teaser() ? "this teaser block" : "the article")
                                + " names most")));
    }

    /** The treaty a claim at {@code offset} is about, found as {@link #stateFor} finds a state. */
    public Optional<Attribution> treatyFor(Sentence sentence, int offset) {
        Wanted wanted = Wanted.TREATIES;
        return nearest(sentence, offset, wanted, "treaty")
                .or(() -> dominant(sentence, wanted).map(code -> new Attribution(code, null,
                        "treaty: " + code + ", the treaty " + (sentence.teaser() ? "this teaser block" : "the article")
                                + " names most; the sentence and the one before name none")));
    }

    private Optional<Attribution> nearest(Sentence sentence, int offset, Wanted wanted, String what) {
        List<NameMention> here = mentions(sentence).stream().filter(wanted).toList();
        Optional<NameMention> before = here.stream().filter(m -> m.end() <= offset).reduce((a, b) -> b);
        if (before.isPresent()) {
            return before.map(m -> attribution(m, what, "named before it in the same sentence"));
        }
        Optional<NameMention> after = here.stream().filter(m -> m.start() >= offset).findFirst();
        if (after.isPresent()) {
            return after.map(m -> attribution(m, what, "named after it in the same sentence"));
        }
        return previous(sentence)
                .flatMap(previous -> inPrevious(previous, wanted))
                .map(m -> attribution(m, what, "named in the previous sentence"));
    }

    private Attribution attribution(NameMention mention, String what, String where) {
        String surface = article.text().substring(mention.start(), mention.end());
        String how = mention.anaphoric() ? " (« " + surface + " », taken as the treaty last named)" : " (« " + surface + " »)";
        return new Attribution(mention.code(), mention, what + ": " + mention.code() + how + ", " + where);
    }

    /**
     * Whether an anaphor stands for the only treaty of its kind that its part of the page names (by name,
     * anywhere in it): "le Protocole" for the only protocol, "the Convention" ("le Pacte", "the Covenant") for
     * the only treaty that is not a protocol, "the treaty" for the only treaty at all, and "the Optional Protocol
     * to the Convention" for a protocol when both it and its parent are so. Then the last-named reading cannot
     * pick the wrong one; with two conventions named, "the Convention" may be either.
     */
    public boolean soleReferent(NameMention anaphor) {
        if (!anaphor.anaphoric() || anaphor.kind() != NameKind.TREATY) {
            return false;
        }
        Map<Integer, Set<String>> named = memo(TREATIES_NAMED, () -> {
            Map<Integer, Set<String>> byRegion = new HashMap<>();
            List<NameMention> resolved = new ArrayList<>();
            for (NameMention mention : mentions) {
                if (!mention.anaphoric() && mention.kind() == NameKind.TREATY) {
                    resolved.add(mention);
                    byRegion.computeIfAbsent(Mentions.region(teasers, mention.start()), r -> new HashSet<>())
                            .add(mention.code());
                }
            }
            // a name the reading of protocols dropped ("the Optional Protocol to the Convention on the Rights of the
            // Child", one of several): its treaty is named, and some protocol of it, which no code stands for
            int next = 0;
            for (NameMention raw : catalogNames) {
                while (next < resolved.size() && resolved.get(next).end() <= raw.start()) {
                    next++;
                }
                boolean covered = next < resolved.size() && resolved.get(next).start() < raw.end();
                if (raw.kind() == NameKind.TREATY && !covered) {
                    Set<String> codes = byRegion.computeIfAbsent(Mentions.region(teasers, raw.start()), r -> new HashSet<>());
                    codes.add(raw.code());
                    codes.add(UNRESOLVED_PROTOCOL);
                }
            }
            return byRegion;
        });
        Set<String> codes = named.getOrDefault(Mentions.region(teasers, anaphor.start()), Set.of());
        String surface = NumberWords.key(article.text().substring(anaphor.start(), anaphor.end()));
        Optional<String> parent = gazetteer.parentOf(anaphor.code());
        boolean protocolWord = surface.contains("protocol");
        boolean conventionWord = surface.matches("(?s).*(?:convention|pacte|covenant).*");
        boolean treatyWord = surface.matches("(?s).*(?:traite|treaty).*");
        boolean onlyProtocol = !codes.contains(UNRESOLVED_PROTOCOL) && codes.stream()
                .filter(c -> gazetteer.parentOf(c).isPresent()).allMatch(c -> c.equals(anaphor.code()));
        boolean onlyConvention = codes.stream().filter(c -> gazetteer.parentOf(c).isEmpty() && !c.equals(UNRESOLVED_PROTOCOL))
                .allMatch(c -> c.equals(parent.orElse(anaphor.code())));
        if (protocolWord) {
            // "the Optional Protocol to the Convention" read through "the Convention"; "le Protocole" alone
            return parent.isPresent() && onlyProtocol && (!conventionWord && !treatyWord || onlyConvention);
        }
        if (treatyWord) {
            return codes.stream().allMatch(c -> c.equals(anaphor.code()));
        }
        return conventionWord && parent.isEmpty() && onlyConvention;
    }

    /**
     * The state of the sentence before that a claim without one is about: when that sentence names
     * several, the one the page names most if it is among them ("Le Monténégro ... avec la Serbie. Le
     * pays ..." in an article about Montenegro), else the last one named.
     */
    private Optional<NameMention> inPrevious(Sentence previous, Wanted wanted) {
        List<NameMention> named = mentions(previous).stream().filter(wanted).toList();
        if (named.stream().map(NameMention::code).distinct().count() > 1) {
            Optional<String> main = dominant(previous, wanted);
            Optional<NameMention> first = named.stream().filter(m -> main.isPresent() && m.code().equals(main.get())).findFirst();
            if (first.isPresent()) {
                return first;
            }
        }
        return named.stream().reduce((a, b) -> b);
    }

    /**
     * The code named most often in the sentence's part of the page; ties go to the first named.
     * Counted for every part of the page in one pass over the names, the first time it is asked.
     */
    private Optional<String> dominant(Sentence sentence, Wanted wanted) {
        return dominant.computeIfAbsent(wanted, this::dominantByRegion).getOrDefault(region(sentence), Optional.empty());
    }

    private Map<Integer, Optional<String>> dominantByRegion(Wanted wanted) {
        Map<Integer, Map<String, Integer>> counts = new HashMap<>();
        Map<Integer, Map<String, Integer>> first = new HashMap<>();
        for (NameMention mention : mentions) {
            if (!mention.anaphoric() && wanted.test(mention)) {
                int region = Mentions.region(teasers, mention.start());
                counts.computeIfAbsent(region, r -> new HashMap<>()).merge(mention.code(), 1, Integer::sum);
                first.computeIfAbsent(region, r -> new HashMap<>()).putIfAbsent(mention.code(), mention.start());
            }
        }
        Map<Integer, Optional<String>> byRegion = new HashMap<>();
        counts.forEach((region, named) -> byRegion.put(region, named.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparing(e -> -first.get(region).get(e.getKey())))
                .map(Map.Entry::getKey)));
        return byRegion;
    }

    /** Whether the sentence lies in a teaser block that the article's own text goes on after. */
    private boolean insideTheArticle(Sentence sentence) {
        int region = region(sentence);
        return region >= 0 && teasers.get(region).end() < article.text().length();
    }

    private int region(Sentence sentence) {
        return Mentions.region(teasers, sentence.start());
    }
}
