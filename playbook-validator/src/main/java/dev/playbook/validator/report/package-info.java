/**
 * Reporters: one {@link dev.playbook.validator.report.Reporter} per output format of
 * {@code playbook validate} (text, JSON, SARIF, JUnit XML, GitHub annotations), each rendering the
 * same immutable {@link dev.playbook.validator.report.Report}. They know nothing of the command line.
 */
package dev.playbook.validator.report;
