package org.treatytracker.extract;

/**
 * A part of a news page that is not the article: links to other articles after it ("Voir plus",
 * "Read more", a list of dated headlines) or a one-line "Lire aussi : ..." inside it.
 *
 * @param cue what gave it away, for the notes of claims found in it
 */
public record TeaserBlock(int start, int end, String cue) {

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
