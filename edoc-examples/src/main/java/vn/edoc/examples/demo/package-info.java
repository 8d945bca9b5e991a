/**
 * The working day of the {@code edoc demo} (ngày làm việc mô phỏng): two agencies of Lạng Sơn province on the
 * library's engine ({@link vn.edoc.examples.demo.AgencyDay}), with a simulated clock
 * ({@link vn.edoc.examples.demo.SimulatedClock}), on a database and an in-process interconnection axis
 * ({@link vn.edoc.examples.demo.DemoSystem}), documents written as real PDFs ({@link vn.edoc.examples.demo.DemoPdf})
 * and signed with PAdES under a PKI generated for the run ({@link vn.edoc.examples.demo.DemoPki},
 * {@link vn.edoc.examples.demo.DemoImages}), and a JSON export of the engine's records
 * ({@link vn.edoc.examples.demo.JsonExport}).
 */
package vn.edoc.examples.demo;
