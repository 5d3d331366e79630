package dev.lexgraph.api;

/** What request parameters share beyond their types and bounds (those are declared on the handlers). */
final class Params {

    private Params() {
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
