package org.treatytracker.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The states an act is said of by their count, then by name: "3 Etats (Angola, Madagascar et Sao
 * Tomé-et-Principe) ont signé le Protocole", "Seven countries – Cambodia, Gabon ... – signed", "Of the
 * four Arab countries to have signed the convention (Algeria, Lebanon, Morocco and Tunisia)", "15
 * countries signed the Convention ... . They are Bulgaria, Cambodia, ...". The list must name as many
 * states as the count says, so that a list of other states is not taken for them.
 */
final class CountedParties {

    /** The count's noun, a list in brackets or dashes perhaps, and a few words up to the verb. */
    private static final Pattern COUNT_BEFORE_VERB = Pattern.compile(
            "(?iu)^\\s+(?:\\p{L}+\\s+)?(?:pays|États|Etats|countries|states|nations)(?![\\p{L}])"
                    + "(?:\\s*(?:\\([^()]{0,300}\\)|[–—][^–—]{0,300}[–—]))?[^.;:()–—\\p{N}]{0,30}$");
    /** A list in brackets right after the treaty: "... signed the convention (Algeria, Lebanon, ...)". */
    private static final Pattern BRACKET_AFTER = Pattern.compile("^\\s*\\(");
    /** How far before the verb the count may stand: its noun, a bracketed list and a few words. */
    private static final int COUNT_REACH = 400;
    private static final Object LISTS = new Object();

    private CountedParties() {
    }

    /** The states listed for the count subject of the verb at [verbStart, ...), none when there is no such count and list. */
    static List<NameMention> listed(Sentence sentence, AnalysedArticle article, int verbStart, int objectEnd) {
        String text = article.text();
        Optional<NumberMention> count = article.numbers(sentence).stream()
                .filter(n -> n.end() <= verbStart && verbStart - n.end() <= COUNT_REACH && n.whole() && !n.yearLike()
                        && !n.percent())
                .reduce((a, b) -> b)
                .filter(n -> COUNT_BEFORE_VERB.matcher(text.substring(n.end(), verbStart)).find());
        if (count.isEmpty()) {
            return List.of();
        }
        int wanted = count.get().intValue();
        // asked by each counted act of the sentence: read once per sentence
        List<List<NameMention>> lists = article.memo(List.of(LISTS, sentence.index()), () -> StateList.in(sentence, article, 2));
        for (List<NameMention> list : lists) {
            boolean betweenCountAndVerb = list.get(0).start() > count.get().end() && list.get(list.size() - 1).end() < verbStart;
            boolean afterObject = objectEnd >= 0 && list.get(0).start() > objectEnd
                    && BRACKET_AFTER.matcher(text.substring(objectEnd, list.get(0).start())).find()
                    && text.substring(objectEnd, list.get(0).start()).length() <= 5;
            if ((betweenCountAndVerb || afterObject) && list.size() == wanted) {
                return list;
            }
        }
        Optional<Sentence> next = article.next(sentence);
        if (next.isPresent() && StateList.NAMES_THEM.matcher(article.text(next.get())).find()) {
            return StateList.in(next.get(), article, 2).stream().filter(list -> list.size() == wanted).findFirst()
                    .orElse(List.of());
        }
        return List.of();
    }
}
