package org.treatytracker.extract;

/**
 * A sentence (or a headline, or a caption) at UTF-16 offsets [start, end) of the unaltered text.
 *
 * @param paragraph the index of its line: sentences of one paragraph share it
 * @param teaser    it lies in a teaser block (links to other articles), not in the article proper
 */
public record Sentence(int index, int start, int end, int paragraph, boolean teaser) {

    public String text(String article) {
        return article.substring(start, end);
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
