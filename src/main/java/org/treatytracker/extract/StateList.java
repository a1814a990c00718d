package org.treatytracker.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * States a sentence names in a list: "Belgium, Burundi, ... and Venezuela", "la Libye, la Mauritanie
 * (pour l'Afrique), l'Indonésie ...", "de l'Allemagne, de l'Argentine ... et du Venezuela". The
 * rules give a list's predicate to every state in it.
 */
final class StateList {

    /** A regional group named after the states it holds: "from Africa", "for the Asia-Pacific Group", "pour l'Europe orientale". */
    private static final String REGION = "(?:from|for|of|in|pour|de|du|d['’])\\s+(?:the\\s+|l['’]|la\\s+|les\\s+)?"
            + "(?:(?:group|groupe)\\s+(?:of\\s+|de\\s+l['’]|des\\s+|d['’])?(?:the\\s+)?)?"
            + "(?:africa|african|afrique|africain|asia[-\\s]?pacific|asie[-\\s]?pacifique|asia|asian|asie|eastern\\s+europe(?:an)?"
            + "|europe\\s+(?:de\\s+l['’]est|orientale|occidentale(?:\\s+et\\s+autres(?:\\s+états)?)?)"
            + "|latin\\s+america(?:n)?(?:\\s+and\\s+(?:the\\s+)?caribbean)?|amérique\\s+latine(?:\\s+et\\s+(?:des\\s+)?caraïbes)?"
            + "|western\\s+europe(?:an)?(?:\\s+and\\s+others?(?:\\s+states)?)?|grulac|weog)"
            + "(?:\\s+(?:group|groupe|states|region|région|pays))?";

    /** A state's votes after its name: "le Sénégal avec 188 voix ; l'Angola, 187 ; ...", "Nepal (166 votes), ...". */
    private static final String VOTES = "(?:,?\\s*(?:avec|with|par)?\\s*\\p{N}{1,3}\\s*(?:voix|votes)?)";

    /** Between two states of one list: "(pour l'Afrique), l'", ", de la ", " and ", ", et du ", " from Africa; ". */
    private static final Pattern GAP = Pattern.compile(
            "(?iu)^\\s*(?:\\([^()]{0,80}\\)\\s*)?(?:" + REGION + "\\s*)?" + VOTES + "?"
                    + "\\s*(?:,|;|[,;]?\\s*(?:et|and|ainsi\\s+que|as\\s+well\\s+as))\\s*"
                    + "(?:(?:le|la|les|l['’]|the|de|du|des|d['’])\\s*){0,2}$");

    /** A sentence whose list is the predicate of the sentence before: "Il s'agit de ...", "They are ...". */
    static final Pattern NAMES_THEM = Pattern.compile(
            "(?iu)^\\s*(?:il\\s+s['’]agit|ce\\s+sont|they\\s+are|these\\s+are|those\\s+are|they\\s+were"
                    // "Ces 14 pays sont", "These five countries are", "Les nouveaux membres sont"
                    + "|(?:ces|these|those|the|les)\\s+(?:\\p{N}+\\s+|\\p{L}+\\s+){0,2}(?:pays|[ée]tats(?:\\s+membres)?|countries|states"
                    + "|nations|members|membres)\\s+(?:sont|are|were|étaient|seront|will\\s+be))(?![\\p{L}])");

    private StateList() {
    }

    /** The sentence's lists of at least {@code min} distinct states, each in text order. */
    static List<List<NameMention>> in(Sentence sentence, AnalysedArticle article, int min) {
        String text = article.text();
        List<NameMention> states = article.mentions(sentence).stream()
                .filter(m -> m.kind() == NameKind.STATE && !m.anaphoric()).toList();
        List<List<NameMention>> lists = new ArrayList<>();
        List<NameMention> current = new ArrayList<>();
        for (NameMention state : states) {
            if (!current.isEmpty() && !GAP.matcher(text.substring(current.get(current.size() - 1).end(), state.start())).find()) {
                keep(current, min, lists);
                current = new ArrayList<>();
            }
            current.add(state);
        }
        keep(current, min, lists);
        return lists;
    }

    private static void keep(List<NameMention> states, int min, List<List<NameMention>> lists) {
        Set<String> codes = new HashSet<>();
        List<NameMention> distinct = states.stream().filter(m -> codes.add(m.code())).toList();
        if (distinct.size() >= min) {
            lists.add(distinct);
        }
    }
}
