package org.treatytracker.upr;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.treatytracker.party.StateService;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class UprService {

    private final StateService states;

    public UprService(StateService states) {
        this.states = states;
    }

    public List<UprCycleView> cycles() {
        return UprCycle.listOrdered().stream().map(UprCycleView::of).toList();
    }

    public List<UprReviewView> reviewsOf(String iso3) {
        String code = states.require(iso3).code;
        return UprReview.ofState(code).stream().map(UprReviewView::of).toList();
    }
}
