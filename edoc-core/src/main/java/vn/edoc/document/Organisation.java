package vn.edoc.document;

import java.util.Objects;
import vn.edoc.id.OrganCode;

/**
 * An organisation issuing a document (cơ quan, tổ chức ban hành): its identifier code (mã định danh, R-ID-1) and its
 * name as printed. The name's length (at most 200 characters, Decree 30/2020 Phụ lục VI {@code OrganName}) and its
 * text are checked by {@link DocumentValidator}, not here.
 *
 * @param code the organisation's identifier code
 * @param name the organisation's name (tên cơ quan, tổ chức ban hành)
 */
public record Organisation(OrganCode code, String name) {

    public Organisation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }
}
