package org.treatytracker.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.treatytracker.provenance.CodePointOffsets;
import org.treatytracker.provenance.PartialDate;

/**
 * An article read once for all rules: its teaser blocks, sentences, names, numbers and dates, and
 * who it is mainly about. Offsets are UTF-16 indexes into the unaltered text.
 */
public final class AnalysedArticle {

    private final Article article;
    private final UprCalendar calendar;
    private final List<TeaserBlock> teasers;
    private final List<Sentence> sentences;
    private final List<NameMention> mentions;
    private final List<NumberMention> numbers;
    private final List<DateMention> dates;
    private final CodePointOffsets offsets;

    public AnalysedArticle(Article article, Gazetteer gazetteer, UprCalendar calendar) {
        this.article = article;
        this.calendar = calendar;
        String text = article.text();
        this.offsets = CodePointOffsets.of(text);
        this.teasers = TeaserDetector.detect(text);
        this.sentences = SentenceSplitter.split(text, teasers);
        this.mentions = Mentions.find(text, gazetteer, teasers);
        List<DateMention> all = datesOf(text, sentences, article.publishedOn());
        this.numbers = NumberFinder.find(text, article.language()).stream()
                .filter(n -> all.stream().noneMatch(d -> n.start() < d.end() && d.start() < n.end()))
                .toList();
        this.dates = all.stream().filter(d -> !isDateline(text, d)).toList();
    }

    /**
     * Dates, with missing years taken from the publication date in the article and, in a teaser
     * block, from the date of the teaser item they appear under ("23/12/2024 ... le 24 décembre").
     */
    private static List<DateMention> datesOf(String text, List<Sentence> sentences, PartialDate published) {
        List<DateMention> dates = new ArrayList<>();
        PartialDate reference = published;
        boolean inTeaser = false;
        for (Sentence sentence : sentences) {
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

    /** A date heading a line ("30/11/2023 — ...", "Nov 30, 2023 |") dates the news item, not what it reports. */
    private static boolean isDateline(String text, DateMention date) {
        int lineStart = text.lastIndexOf('\n', date.start() - 1) + 1;
        int lineEnd = text.indexOf('\n', date.end());
        String after = text.substring(date.end(), lineEnd < 0 ? text.length() : lineEnd);
        return text.substring(lineStart, date.start()).isBlank() && after.matches("(?s)\\s*(?:[—–\\-|:•·].*)?");
    }

    public String text() {
        return article.text();
    }

    public Article article() {
        return article;
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
        return mentions.stream().filter(m -> m.start() >= sentence.start() && m.end() <= sentence.end()).toList();
    }

    /** The numbers of the sentence that are not part of a date ("le 24 décembre", "2015"). */
    public List<NumberMention> numbers(Sentence sentence) {
        return numbers.stream().filter(n -> n.start() >= sentence.start() && n.end() <= sentence.end()).toList();
    }

    public List<DateMention> dates(Sentence sentence) {
        return dates.stream().filter(d -> d.start() >= sentence.start() && d.end() <= sentence.end()).toList();
    }

    public Optional<TeaserBlock> teaser(Sentence sentence) {
        return teasers.stream().filter(block -> block.contains(sentence.start())).findFirst();
    }

    /** The sentence before, in the same part of the page (the article, or the same teaser block). */
    public Optional<Sentence> previous(Sentence sentence) {
        if (sentence.index() == 0) {
            return Optional.empty();
        }
        Sentence previous = sentences.get(sentence.index() - 1);
        return region(previous) == region(sentence) ? Optional.of(previous) : Optional.empty();
    }

    /**
     * The state (or, with {@code parties}, also an organisation) a claim at {@code offset} is about:
     * the nearest one named before it in the sentence, else after it, else the last one named in the
     * previous sentence, else the one the part of the page names most.
     */
    public Optional<Attribution> stateFor(Sentence sentence, int offset, boolean parties) {
        Predicate<NameMention> wanted = m -> !m.anaphoric() && (m.kind() == NameKind.STATE
                || (parties && m.kind() == NameKind.ORGANISATION));
        return nearest(sentence, offset, wanted, "state")
                .or(() -> dominant(sentence, wanted).map(code -> new Attribution(code, null,
                        "state: " + code + ", the state " + (sentence.teaser() ? "this teaser block" : "the article")
                                + " names most; the sentence and the one before name none")));
    }

    /** The state a sentence whose subject is "il" or "le pays" speaks of: the previous sentence's, else the page's. */
    public Optional<Attribution> stateBefore(Sentence sentence, boolean parties) {
        Predicate<NameMention> wanted = m -> !m.anaphoric() && (m.kind() == NameKind.STATE
                || (parties && m.kind() == NameKind.ORGANISATION));
        return previous(sentence)
                .flatMap(previous -> inPrevious(previous, wanted))
                .map(m -> attribution(m, "state", "named in the previous sentence"))
                .or(() -> dominant(sentence, wanted).map(code -> new Attribution(code, null,
                        "state: " + code + ", the state " + (sentence.teaser() ? "this teaser block" : "the article")
                                + " names most")));
    }

    /** The treaty a claim at {@code offset} is about, found as {@link #stateFor} finds a state. */
    public Optional<Attribution> treatyFor(Sentence sentence, int offset) {
        Predicate<NameMention> wanted = m -> m.kind() == NameKind.TREATY;
        return nearest(sentence, offset, wanted, "treaty")
                .or(() -> dominant(sentence, wanted).map(code -> new Attribution(code, null,
                        "treaty: " + code + ", the treaty " + (sentence.teaser() ? "this teaser block" : "the article")
                                + " names most; the sentence and the one before name none")));
    }

    private Optional<Attribution> nearest(Sentence sentence, int offset, Predicate<NameMention> wanted, String what) {
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
     * The state of the sentence before that a claim without one is about: when that sentence names
     * several, the one the page names most if it is among them ("Le Monténégro ... avec la Serbie. Le
     * pays ..." in an article about Montenegro), else the last one named.
     */
    private Optional<NameMention> inPrevious(Sentence previous, Predicate<NameMention> wanted) {
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

    /** The code named most often in the sentence's part of the page; ties go to the first named. */
    private Optional<String> dominant(Sentence sentence, Predicate<NameMention> wanted) {
        int region = region(sentence);
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Integer> first = new HashMap<>();
        for (NameMention mention : mentions) {
            if (!mention.anaphoric() && wanted.test(mention) && Mentions.region(teasers, mention.start()) == region) {
                counts.merge(mention.code(), 1, Integer::sum);
                first.putIfAbsent(mention.code(), mention.start());
            }
        }
        return counts.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparing(e -> -first.get(e.getKey())))
                .map(Map.Entry::getKey);
    }

    private int region(Sentence sentence) {
        return Mentions.region(teasers, sentence.start());
    }
}
