/** edoc-signature: see the module description; its API arrives with its own issue. */
package vn.edoc.signature;
