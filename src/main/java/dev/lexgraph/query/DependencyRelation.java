package dev.lexgraph.query;

/**
 * The relations a document depends on another through, the ones a dependency answer follows. REPLACES and
 * AMENDS are not among them: they say what a document supersedes, not what it rests on.
 */
public enum DependencyRelation {
    IMPLEMENTS, BASED_ON, CITES, RESPONDS_TO, GUIDES
}
