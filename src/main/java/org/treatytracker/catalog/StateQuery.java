package org.treatytracker.catalog;

import jakarta.ws.rs.QueryParam;
import org.treatytracker.web.ApiException;
import org.treatytracker.web.Codes;

/** Which states a list is asked for, as a {@code @BeanParam}: by UN standing and by regional group. */
public record StateQuery(@QueryParam("un_status") String unStatus, @QueryParam("regional_group") String regionalGroup) {

    /** Every state. */
    public static final StateQuery ANY = new StateQuery(null, null);

    public StateQuery {
        if (unStatus != null && UnStatus.named(unStatus).isEmpty()) {
            throw ApiException.badRequest("un_status '" + Codes.printable(unStatus) + "' is not one of " + UnStatus.listed() + ".");
        }
        if (regionalGroup != null && RegionalGroup.named(regionalGroup).isEmpty()) {
            throw ApiException.badRequest("regional_group '" + Codes.printable(regionalGroup) + "' is not one of "
                    + RegionalGroup.listed() + ".");
        }
    }

    public boolean matches(Party party) {
        return (unStatus == null || party.unStatus == UnStatus.named(unStatus).orElseThrow())
                && (regionalGroup == null || party.regionalGroup == RegionalGroup.named(regionalGroup).orElseThrow());
    }
}
