package org.treatytracker.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.treatytracker.web.ApiException;
import org.treatytracker.web.Iso3;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StateService {

    public List<StateView> list(StateQuery query) {
        return Party.states().stream().filter(query::matches).map(StateView::of).toList();
    }

    /** The state with this alpha-3 code: 404 if there is none. */
    public Party require(Iso3 iso3) {
        return Party.findState(iso3.code())
                .orElseThrow(() -> ApiException.notFound("No state with ISO 3166-1 alpha-3 code '" + iso3.code() + "'."));
    }
}
