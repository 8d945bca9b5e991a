/**
 * Lifecycle machinery shared by the routing and task packages (vòng đời): the lookup table behind every transition
 * enum. Internal to the library; applications must not depend on it.
 */
package vn.edoc.internal.lifecycle;
