package vn.edoc.interconnect.edxml;

/**
 * What an edXML file holds (gói tin edXML): a document package ({@link EdxmlPackage}: new document, recall,
 * update, replacement) or a status message ({@link EdxmlStatus}).
 */
public sealed interface EdxmlMessage permits EdxmlPackage, EdxmlStatus {

    /** The sending organisation ({@code From}). */
    Organization from();

    /** The trace and business part. */
    TraceInfo trace();
}
