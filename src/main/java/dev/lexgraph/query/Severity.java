package dev.lexgraph.query;

/**
 * How loud a reference to a superseded document is, from the least: LOW (amended, or cited before the change
 * took effect), MEDIUM, HIGH (a replaced or repealed document cited after that took effect).
 */
public enum Severity {
    LOW, MEDIUM, HIGH
}
