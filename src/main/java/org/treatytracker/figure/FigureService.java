package org.treatytracker.figure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import org.treatytracker.catalog.Party;
import org.treatytracker.catalog.Treaty;
import org.treatytracker.web.ApiException;
import org.treatytracker.web.Codes;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class FigureService {

    /** @param subject a party code (ISO alpha-3 for states) or a treaty code; null for all figures */
    public List<FigureView> list(String subject) {
        if (subject == null) {
            return ReportedFigure.listOrdered().stream().map(FigureView::of).toList();
        }
        if (!Codes.isCodeInAnyCase(subject)) {
            throw ApiException.badRequest("subject '" + Codes.printable(subject)
                    + "' is neither an ISO 3166-1 alpha-3 code nor a treaty code.");
        }
        String code = subject.toUpperCase(Locale.ROOT);
        List<ReportedFigure> figures;
        if (Party.findByIdOptional(code).isPresent()) {
            figures = ReportedFigure.aboutParty(code);
        } else if (Treaty.findByIdOptional(code).isPresent()) {
            figures = ReportedFigure.aboutTreaty(code);
        } else {
            throw ApiException.notFound("No state, organisation or treaty with code '" + code + "'.");
        }
        return figures.stream().map(FigureView::of).toList();
    }
}
