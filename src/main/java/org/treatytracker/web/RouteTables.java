package org.treatytracker.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The running application's {@link RouteTable}, read once. */
@ApplicationScoped
public class RouteTables {

    @Produces
    @Singleton
    RouteTable application() {
        return RouteTable.ofApplication();
    }
}
