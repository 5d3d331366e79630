package dev.lexgraph.api;

import dev.lexgraph.graph.DocumentId;

/**
 * A document's graph id from the parts a URL gives (the API's paths, the explorer's pages) or from the
 * whole id in one parameter, as {@link DocumentId} makes them; a malformed one is a 400 problem.
 */
public final class DocumentIds {

    private DocumentIds() {
    }

    /** The graph id of a numbered document: {@code vn/<jurisdiction>/<issuer>/<type>/<year>/<number>}. */
    public static String numbered(String jurisdiction, String issuer, String docType, String year, String number) {
        return DocumentId.ofPath(jurisdiction, issuer, docType, year, number).value();
    }

    /** The graph id of a document known by its file: {@code vn/<jurisdiction>/file/<type>/<hash>}. */
    public static String filed(String jurisdiction, String docType, String hash) {
        return DocumentId.ofFilePath(jurisdiction, docType, hash).value();
    }

    /** A whole id given in one parameter; a leading or trailing slash is forgiven. */
    public static String whole(String id) {
        if (Params.blankToNull(id) == null) {
            throw ApiProblem.badRequest("detail.id.missing");
        }
        return DocumentId.parse(id).map(DocumentId::value)
                .orElseThrow(() -> ApiProblem.badRequest("detail.id.invalid", id));
    }
}
