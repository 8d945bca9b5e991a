/**
 * The interconnection axis over HTTP (trục liên thông văn bản): a reference store-and-forward server
 * ({@link vn.edoc.interconnect.axis.AxisServer}) and the {@link vn.edoc.spi.Transport} client that talks to it
 * ({@link vn.edoc.interconnect.axis.AxisTransport}), exchanging edXML packages. The wire protocol is described in
 * {@code docs/axis-protocol.md}.
 */
package vn.edoc.interconnect.axis;
