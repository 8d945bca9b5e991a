/**
 * edoc's core (lõi thư viện): the domain of the electronic-document systems of Vietnamese state agencies, its SPIs and
 * the in-memory adapter. It needs SLF4J and the JDK only. Packages named {@code internal} are not exported: they are
 * shared machinery of this module, not API.
 */
module vn.edoc.core {
    requires org.slf4j;
    // JDBC adapters of the storage SPIs live in this module; java.sql is part of the JDK
    requires java.sql;

    exports vn.edoc.audit;
    exports vn.edoc.document;
    exports vn.edoc.event;
    exports vn.edoc.file;
    exports vn.edoc.id;
    exports vn.edoc.org;
    exports vn.edoc.register;
    exports vn.edoc.routing;
    exports vn.edoc.spi;
    exports vn.edoc.store.file;
    exports vn.edoc.store.jdbc;
    exports vn.edoc.store.memory;
    exports vn.edoc.task;
    exports vn.edoc.text;
    exports vn.edoc.time;
    exports vn.edoc.validation;
}
