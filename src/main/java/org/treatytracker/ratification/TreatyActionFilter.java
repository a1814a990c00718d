package org.treatytracker.ratification;

import jakarta.ws.rs.QueryParam;
import org.treatytracker.web.Iso3;
import org.treatytracker.web.TreatyCode;

/** Which treaty actions a list shows, as a {@code @BeanParam}: one state's, one treaty's, or both; every one when neither. */
public record TreatyActionFilter(@QueryParam("state") Iso3 state, @QueryParam("treaty") TreatyCode treaty) {

    String stateCode() {
        return state == null ? null : state.code();
    }

    String treatyCode() {
        return treaty == null ? null : treaty.code();
    }
}
