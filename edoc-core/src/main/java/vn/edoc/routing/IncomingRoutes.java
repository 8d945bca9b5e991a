package vn.edoc.routing;

import vn.edoc.id.OrganCode;

/**
 * Which {@link IncomingRoute} each organisation follows (quy trình văn bản đến theo cơ quan). Built with
 * {@link IncomingRoute#everywhere} and {@link IncomingRoute.Routes#with}, or implemented over an integrator's own
 * configuration.
 */
@FunctionalInterface
public interface IncomingRoutes {

    /** The route of {@code organisation}. */
    IncomingRoute of(OrganCode organisation);

    /** The short route everywhere ({@link IncomingRoute#direct()}): the default of {@link IncomingFlow}. */
    static IncomingRoutes direct() {
        return IncomingRoute.everywhere(IncomingRoute.direct());
    }
}
