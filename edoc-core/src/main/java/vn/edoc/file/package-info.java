/**
 * Work files (hồ sơ công việc, R-FILE-1): {@link vn.edoc.file.WorkFile} and {@link vn.edoc.file.WorkFileService},
 * kept through the {@link vn.edoc.file.WorkFileStore} SPI.
 */
package vn.edoc.file;
