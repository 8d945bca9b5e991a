/**
 * Validation results (kết quả kiểm tra): {@link vn.edoc.validation.Violation},
 * {@link vn.edoc.validation.ValidationResult} and the exception that refuses an operation,
 * {@link vn.edoc.validation.EdocRuleException}. Every violation names the rule of {@code rules.md} it enforces.
 */
package vn.edoc.validation;
