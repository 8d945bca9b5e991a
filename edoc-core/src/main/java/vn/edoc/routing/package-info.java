/**
 * Routing (luân chuyển văn bản): who may act and how documents move.
 * <ul>
 *   <li>{@link vn.edoc.routing.Action} (the permission table), {@link vn.edoc.routing.Actor},
 *       {@link vn.edoc.routing.Scope} and {@link vn.edoc.routing.Permissions}: every action checks the actor's own
 *       account (R-ACC-1), its status and roles (R-ACC-2) and the reach of the role;</li>
 *   <li>{@link vn.edoc.routing.SigningAuthority} and {@link vn.edoc.routing.Authorisation}: signing competence
 *       (TM., KT., TL., TUQ., Q.), Decree 30/2020/NĐ-CP Điều 13;</li>
 *   <li>the lifecycles, each listing every legal (from, to) move in one enum, anything else refused with
 *       {@link vn.edoc.validation.IllegalTransitionException}: incoming documents
 *       ({@link vn.edoc.routing.IncomingState}, {@link vn.edoc.routing.IncomingTransition}), outgoing documents
 *       ({@link vn.edoc.routing.OutgoingState}, {@link vn.edoc.routing.OutgoingTransition}), deliveries to each
 *       recipient ({@link vn.edoc.routing.DeliveryState}, {@link vn.edoc.routing.DeliveryTransition}) and
 *       assignments to units ({@link vn.edoc.routing.AssignmentState},
 *       {@link vn.edoc.routing.AssignmentTransition}, {@link vn.edoc.routing.AssignmentKind}).</li>
 * </ul>
 * The violations of this package are listed in {@link vn.edoc.routing.RoutingViolation}.
 */
package vn.edoc.routing;
