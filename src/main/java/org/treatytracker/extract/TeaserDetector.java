package org.treatytracker.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.treatytracker.catalog.NameKey;

/**
 * Finds the parts of a saved news page that belong to other articles: the block of teasers after a
 * "Voir plus" / "Read more" line, the block after the article's sign-off ("-VNA", "Source: URL")
 * when more articles follow it, a trailing list of dated headlines, and one-line "Lire aussi : ..."
 * links inside the article.
 */
public final class TeaserDetector {

    /** Lines that head a block of links to other articles, compared by {@link NameKey}. */
    private static final Set<String> BLOCK_HEADINGS = Set.of(
            "voir plus", "voir aussi", "a voir aussi", "lire aussi", "a lire aussi", "lire egalement",
            "a lire egalement", "sur le meme sujet", "dans la meme rubrique", "articles similaires", "articles lies",
            "autres articles", "autres actualites", "les plus lus", "plus d articles", "plus d actualites",
            "vous aimerez aussi", "vous pourriez aussi aimer", "a decouvrir", "a decouvrir aussi",
            "dernieres nouvelles", "dernieres actualites", "articles recommandes", "nos autres articles",
            "read more", "see more", "see also", "read also", "also read", "related", "related articles",
            "related news", "related stories", "related content", "related posts", "more news", "more stories",
            "most read", "most popular", "latest news", "you may also like", "you might also like", "recommended",
            "recommended for you", "further reading", "trending", "more on this story", "other news");

    /** An inline link: the heading, a colon or a quote, then a headline on the same line. */
    private static final Pattern INLINE = Pattern.compile(
            "^\\s*(?iu:(?:à\\s+)?lire\\s+(?:aussi|également)|(?:à\\s+)?voir\\s+aussi|read\\s+(?:also|more)|see\\s+also"
                    + "|also\\s+read|related)\\s*[:»>\\-–]");

    /** The agency's sign-off that ends a dispatch ("... mondial. -VNA") or a source line with a URL. */
    private static final Pattern SIGN_OFF = Pattern.compile(
            "(?:[-–—]\\s?(?:VNA|AFP|Reuters|AP|TTXVN|VNA/VNP|Xinhua|ANSA|dpa|CVN)\\s*\\.?\\s*$)"
                    + "|(?:^\\s*(?iu:source|sources|nguồn)\\s*:\\s*https?://\\S+\\s*$)");

    /** A date stamp: numeric, with a month's name, a time of day, or "il y a 3 heures" / "3 hours ago". */
    private static final String STAMP = "(?:\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[:h]\\d{2}"
            + "|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2},?\\s+\\d{4}"
            + "|\\d{1,2}\\s+(?iu:janv\\p{L}*|févr\\p{L}*|mars|avr\\p{L}*|mai|juin|juil\\p{L}*|août|sept\\p{L}*|oct\\p{L}*"
            + "|nov\\p{L}*|déc\\p{L}*|January|February|March|April|May|June|July|August|September|October|November|December)"
            + "\\.?\\s+\\d{4}|(?iu:il\\s+y\\s+a)\\s+\\d+\\s+\\p{L}+|\\d+\\s+(?:hours?|minutes?|days?)\\s+ago)";

    /** A short line that starts or ends with a date stamp: the shape of a list of headlines. */
    private static final Pattern DATED_LINE = Pattern.compile(
            "^\\s*" + STAMP + "(?![\\p{L}\\p{N}]).*|.*(?<![\\p{L}\\p{N}])" + STAMP + "\\s*[)\\]]?\\s*$");

    /** A sentence's end inside a line: what headlines lack and paragraphs have. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][»”\"’)]?\\s+\\p{Lu}|[.!?][»”\"’)]?\\s*$");
    private static final int MIN_BODY_PARAGRAPH = 200;
    private static final int MAX_LINKS_IN_THE_BODY = 3;
    private static final int MIN_ARTICLE_BEFORE_SIGN_OFF = 300;
    private static final int MIN_TEASER_LINE = 40;

    private TeaserDetector() {
    }

    /** The blocks in text order; they never overlap (the inline ones lie before the trailing block). */
    public static List<TeaserBlock> detect(String text) {
        return detect(text, ExtractionBudget.UNLIMITED);
    }

    public static List<TeaserBlock> detect(String text, ExtractionBudget budget) {
        List<Line> lines = lines(text, budget);
        List<TeaserBlock> blocks = new ArrayList<>();
        List<TeaserBlock> headed = new ArrayList<>();
        int blockStart = text.length();
        String cue = null;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            String body = text.substring(line.start, line.end);
            if (!BLOCK_HEADINGS.contains(NameKey.of(body))) {
                continue;
            }
            String headingCue = "after the line « " + body.strip() + " », which heads links to other articles";
            int resumes = bodyResumes(text, lines, i + 1);
            if (resumes < 0) {
                blockStart = line.start;
                cue = headingCue;
                break;
            }
            // "RELATED:" and one headline in the middle of the article, whose text goes on after them
            headed.add(new TeaserBlock(line.start, lines.get(resumes - 1).end, headingCue));
            i = resumes - 1;
        }
        budget.check();
        int signOff = signOffEnd(text, lines, blockStart, budget);
        if (signOff < blockStart) {
            blockStart = signOff;
            cue = "after the article's sign-off, where other articles follow";
        }
        int dated = datedHeadlines(text, lines, blockStart);
        if (dated < blockStart) {
            blockStart = dated;
            cue = "in a list of dated headlines at the end of the page";
        }
        budget.check();
        for (Line line : lines) {
            if (line.start < blockStart && headed.stream().noneMatch(b -> b.start() <= line.start && line.start < b.end())
                    && INLINE.matcher(text.substring(line.start, line.end)).find()) {
                blocks.add(new TeaserBlock(line.start, line.end, "on a « " + text.substring(line.start, line.end).strip()
                        .replaceAll("\\s*[:»>\\-–].*", "") + " » line linking another article"));
            }
        }
        for (TeaserBlock block : headed) {
            if (block.start() < blockStart) {
                blocks.add(block);
            }
        }
        blocks.sort((a, b) -> Integer.compare(a.start(), b.start()));
        if (blockStart < text.length()) {
            blocks.add(new TeaserBlock(blockStart, text.length(), cue));
        }
        return blocks;
    }

    /**
     * The index of the first line after a heading's links where the article's own text goes on (a
     * paragraph of several sentences, not a headline), or -1 when the links run to the end. Only a
     * heading followed by at most {@value #MAX_LINKS_IN_THE_BODY} short lines can be inside the body.
     */
    private static int bodyResumes(String text, List<Line> lines, int from) {
        for (int j = from; j < lines.size() && j <= from + MAX_LINKS_IN_THE_BODY; j++) {
            Line line = lines.get(j);
            String body = text.substring(line.start, line.end);
            if (j > from && body.length() >= MIN_BODY_PARAGRAPH && SENTENCE_END.matcher(body).results().count() >= 2) {
                return j;
            }
        }
        return -1;
    }

    /** The start of the first line after a sign-off that is followed by substantial text, else the end. */
    private static int signOffEnd(String text, List<Line> lines, int limit, ExtractionBudget budget) {
        // how many substantial lines follow each line, counted once from the end rather than for each sign-off
        int[] substantialAfter = new int[lines.size() + 1];
        for (int i = lines.size() - 1; i >= 0; i--) {
            Line line = lines.get(i);
            substantialAfter[i] = substantialAfter[i + 1]
                    + (line.start < limit && line.end - line.start >= MIN_TEASER_LINE ? 1 : 0);
        }
        for (int i = 0; i < lines.size(); i++) {
            budget.check(i);
            Line line = lines.get(i);
            if (line.start >= limit || line.start < MIN_ARTICLE_BEFORE_SIGN_OFF) {
                continue;
            }
            if (!SIGN_OFF.matcher(text.substring(line.start, line.end)).find()) {
                continue;
            }
            if (substantialAfter[i + 1] >= 2) {
                return lines.get(i + 1).start;
            }
        }
        return text.length();
    }

    /** The first of at least three trailing lines that each carry a date stamp, else the end. */
    private static int datedHeadlines(String text, List<Line> lines, int limit) {
        int run = 0;
        int first = text.length();
        for (int i = lines.size() - 1; i >= 0; i--) {
            Line line = lines.get(i);
            if (line.start >= limit) {
                continue;
            }
            String body = text.substring(line.start, line.end);
            if (body.length() > 200 || !DATED_LINE.matcher(body).matches()) {
                break;
            }
            run++;
            first = line.start;
        }
        return run >= 3 ? first : text.length();
    }

    private record Line(int start, int end) {
    }

    /** The non-blank lines, as offsets into the text. */
    private static List<Line> lines(String text, ExtractionBudget budget) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            budget.check(lines.size());
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            int lineEnd = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
            if (!text.substring(start, lineEnd).isBlank()) {
                lines.add(new Line(start, lineEnd));
            }
            start = end + 1;
        }
        return lines;
    }
}
