/**
 * Registers (sổ văn bản đến / đi) and their numbering: {@link vn.edoc.register.RegisterKey} names a register
 * (organisation, kind, series, year), {@link vn.edoc.register.RegisterService} registers documents and lists a
 * register for a day or a period, {@link vn.edoc.register.RegisterEntry} is one line. Numbers are unique and
 * gap-free per register and start at 1 every 1 January, Vietnam time (R-ID-3). Violations are listed in
 * {@link vn.edoc.register.RegisterViolation}.
 */
package vn.edoc.register;
