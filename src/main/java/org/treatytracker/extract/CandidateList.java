package org.treatytracker.extract;

import java.util.List;

/** What the extractor proposes for one text: the same shape from the command and from the API. */
public record CandidateList(String source, String language, String publishedOn, List<Candidate> candidates) {

    static CandidateList of(Article article, List<Candidate> candidates) {
        return new CandidateList(article.sourceId(), article.language().toString(),
                article.publishedOn() == null ? null : article.publishedOn().iso(), candidates);
    }
}
