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
 *       {@link vn.edoc.routing.AssignmentTransition}, {@link vn.edoc.document.AssignmentKind}).</li>
 * </ul>
 * The flows built on them: {@link vn.edoc.routing.IncomingFlow} (R-IN-1..9), {@link vn.edoc.routing.OutgoingFlow}
 * (R-OUT-1..7, R-TIME-1), {@link vn.edoc.routing.TransportInbox}, the work queue of R-TIME-6
 * ({@link vn.edoc.routing.WorkQueue}, {@link vn.edoc.routing.WorkItemSource}), outages
 * ({@link vn.edoc.routing.OutageService}, R-OPS-2) and the document-handling figures
 * ({@link vn.edoc.routing.DocumentHandlingReport}, R-TIME-2, R-TIME-1), all over a
 * {@link vn.edoc.routing.RoutingContext}.
 * The task engine joins the outgoing flow through three seams declared here, so that routing does not depend on it:
 * {@link vn.edoc.routing.DraftParticipant} (a reply drafted from a task, R-TASK-4),
 * {@link vn.edoc.routing.IssueParticipant} (tasks assigned and reported on issue, R-TASK-2, R-TASK-7) and
 * {@link vn.edoc.routing.TaskDescriptorSource} (the tasks each recipient's message carries, R-IN-9); and the work
 * queue through {@link vn.edoc.routing.WorkItemSource}.
 * The violations of this package are listed in {@link vn.edoc.routing.RoutingViolation} (permissions, lifecycles,
 * signing) and {@link vn.edoc.routing.FlowViolation} (the flows).
 */
package vn.edoc.routing;
