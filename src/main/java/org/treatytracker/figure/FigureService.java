package org.treatytracker.figure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.treatytracker.catalog.Party;
import org.treatytracker.catalog.Treaty;
import org.treatytracker.web.ApiException;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class FigureService {

    /**
     * @param code a party code (ISO alpha-3 for states) or a treaty code, upper-case, as {@link FigureFilter}
     *             checked it; null for all figures
     */
    public List<FigureView> list(String code) {
        if (code == null) {
            return ReportedFigure.listOrdered().stream().map(FigureView::of).toList();
        }
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
