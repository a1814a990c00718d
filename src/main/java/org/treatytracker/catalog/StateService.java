package org.treatytracker.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.treatytracker.web.ApiException;
import org.treatytracker.web.Codes;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StateService {

    public List<StateView> list() {
        return Party.states().stream().map(StateView::of).toList();
    }

    /** The state with this alpha-3 code: 400 if the code is malformed, 404 if no such state. */
    public Party require(String iso3) {
        String code = Codes.iso3(iso3);
        return Party.findState(code)
                .orElseThrow(() -> ApiException.notFound("No state with ISO 3166-1 alpha-3 code '" + code + "'."));
    }
}
