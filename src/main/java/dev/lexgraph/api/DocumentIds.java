package dev.lexgraph.api;

/**
 * A document's graph id from the parts a URL gives (the API's paths, the explorer's pages) or from the
 * whole id in one parameter: the one place where ids are put together from a request.
 */
public final class DocumentIds {

    private DocumentIds() {
    }

    /** The graph id of a numbered document: {@code vn/<jurisdiction>/<issuer>/<type>/<year>/<number>}. */
    public static String numbered(String jurisdiction, String issuer, String docType, String year, String number) {
        return "vn/" + jurisdiction + "/" + issuer + "/" + docType + "/" + year + "/" + number;
    }

    /** The graph id of a document known by its file: {@code vn/<jurisdiction>/file/<type>/<hash>}. */
    public static String filed(String jurisdiction, String docType, String hash) {
        return "vn/" + jurisdiction + "/file/" + docType + "/" + hash;
    }

    /** A whole id given in one parameter; a leading or trailing slash is forgiven. */
    public static String whole(String id) {
        String s = Params.blankToNull(id);
        if (s == null) {
            throw ApiProblem.badRequest("detail.id.missing");
        }
        while (s.startsWith("/")) {
            s = s.substring(1);
        }
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        if (!s.startsWith("vn/")) {
            throw ApiProblem.badRequest("detail.id.invalid", id);
        }
        return s;
    }
}
