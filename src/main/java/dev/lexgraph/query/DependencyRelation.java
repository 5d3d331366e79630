package dev.lexgraph.query;

import dev.lexgraph.graph.RelationshipType;

/**
 * The relations a document depends on another through, the ones a dependency answer follows: the values
 * a request's {@code relations} may take, each a {@link RelationshipType} of the same name. REPLACES and
 * AMENDS are not among them: they say what a document supersedes, not what it rests on.
 */
public enum DependencyRelation {
    IMPLEMENTS, BASED_ON, CITES, RESPONDS_TO, GUIDES;

    /** Looked up by name, so that a constant without its type fails as the class loads. */
    private final RelationshipType type = RelationshipType.valueOf(name());

    public RelationshipType type() {
        return type;
    }
}
