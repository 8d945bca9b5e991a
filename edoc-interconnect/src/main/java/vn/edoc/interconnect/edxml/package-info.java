/**
 * edXML packages and status messages (gói tin edXML, gói tin trạng thái) of QCVN 102:2016, the format of documents
 * exchanged between organisations' systems (Decision 28/2018 Art. 10, R-X-2).
 *
 * <ul>
 *   <li>{@link vn.edoc.interconnect.edxml.EdxmlReader} reads packages and status messages from untrusted bytes,
 *       streaming attachments into a {@link vn.edoc.spi.ContentStore}, verifying the package signature on the way,
 *       refusing hostile input with an {@link vn.edoc.interconnect.edxml.EdxmlException};</li>
 *   <li>{@link vn.edoc.interconnect.edxml.EdxmlWriter} writes them, streaming attachments from the store, signed
 *       with a {@link vn.edoc.interconnect.edxml.PackageSigner} when given one;</li>
 *   <li>{@link vn.edoc.interconnect.edxml.EdxmlDocuments} and {@link vn.edoc.interconnect.edxml.EdxmlMessages} map
 *       packages to the core {@link vn.edoc.document.Document} and {@link vn.edoc.spi.TransportMessage};</li>
 *   <li>{@link vn.edoc.interconnect.edxml.ReceiptChecks} is the receiving clerk's check (R-IN-1) with the core
 *       rules.</li>
 * </ul>
 */
package vn.edoc.interconnect.edxml;
