package org.treatytracker.extract;

import java.util.List;

/** One family of patterns over language that proposes claims of one kind from a sentence. */
public interface ExtractionRule {

    List<Finding> apply(Sentence sentence, AnalysedArticle article);
}
