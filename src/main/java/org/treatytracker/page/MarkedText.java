package org.treatytracker.page;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.treatytracker.provenance.CodePointOffsets;

/**
 * A stored text as HTML with its cited passages marked. The text is cut at every passage's start and
 * end, so that passages that overlap or nest each mark their own part: each piece covered by
 * passages is a {@code <mark>} linking to the fact of the first of them ({@code #f<fact>}), and each
 * passage starts with an anchor {@code c<citation>} that pages link to. Everything else is the text
 * exactly as stored, escaped; offsets are code points, as citations count them.
 */
final class MarkedText {

    /** A passage of the text: code points {@code start} to {@code end}, cited by {@code citationId} for {@code factId}. */
    record Passage(long citationId, long factId, int start, int end) {
    }

    private MarkedText() {
    }

    static String html(String text, List<Passage> passages, String factLinkTitle) {
        CodePointOffsets offsets = CodePointOffsets.of(text);
        List<int[]> spans = new ArrayList<>();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        for (Passage passage : passages) {
            int start = offsets.utf16Index(passage.start());
            int end = offsets.utf16Index(passage.end());
            spans.add(new int[] {start, end});
            cuts.add(start);
            cuts.add(end);
        }
        StringBuilder html = new StringBuilder(text.length() + passages.size() * 80);
        Integer from = cuts.first();
        while (true) {
            for (int i = 0; i < passages.size(); i++) {
                if (spans.get(i)[0] == from) {
                    html.append("<span class=\"anchor\" id=\"c").append(passages.get(i).citationId()).append("\"></span>");
                }
            }
            Integer to = cuts.higher(from);
            if (to == null) {
                break;
            }
            Passage first = null;
            for (int i = 0; i < passages.size(); i++) {
                if (spans.get(i)[0] <= from && spans.get(i)[1] >= to) {
                    first = passages.get(i);
                    break;
                }
            }
            String piece = escape(text.substring(from, to));
            if (first == null) {
                html.append(piece);
            } else {
                html.append("<mark><a href=\"#f").append(first.factId()).append("\" title=\"").append(escape(factLinkTitle))
                        .append("\">").append(piece).append("</a></mark>");
            }
            from = to;
        }
        return html.toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
