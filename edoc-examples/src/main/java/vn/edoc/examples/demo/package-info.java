/**
 * The working day of the {@code edoc demo} (ngày làm việc mô phỏng): two agencies of Lạng Sơn province on the
 * library's engine, with a simulated clock ({@link vn.edoc.examples.demo.SimulatedClock}), hand-written one-page PDFs
 * ({@link vn.edoc.examples.demo.MiniPdf}), a digest sealer standing in for the organisation's signature until
 * {@code edoc-signature} provides PAdES ({@link vn.edoc.examples.demo.DigestSealer}) and a JSON export of the
 * engine's records ({@link vn.edoc.examples.demo.JsonExport}). {@link vn.edoc.examples.demo.AgencyDay} runs it.
 */
package vn.edoc.examples.demo;
