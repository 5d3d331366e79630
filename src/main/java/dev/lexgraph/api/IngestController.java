package dev.lexgraph.api;

import dev.lexgraph.api.Views.DocumentDetail;
import dev.lexgraph.app.LexgraphProperties;
import dev.lexgraph.citation.CitationExtractor;
import dev.lexgraph.citation.ExtractionResult;
import dev.lexgraph.graph.Ingestor;
import dev.lexgraph.graph.StatusImport;
import dev.lexgraph.query.DocumentRepository;
import dev.lexgraph.text.DocumentText;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Writing to the graph (documents, known relations and statuses) and extraction without storing. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "ingestion")
class IngestController {

    /** A document given as text. */
    record TextDocument(String text, String name) {
    }

    /**
     * What was read from a document; {@code text} is the text it was read from (NFC, the form the offsets
     * count in) when the request asked for it with {@code text=true}.
     */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    record Extraction(String name, String encoding, String text, ExtractionResult extraction) {
    }

    /** A stored document: the file's outcome, the document as the graph now has it, and what was extracted. */
    record Ingested(String file, String status, DocumentDetail document, String encoding, ExtractionResult extraction) {
    }

    /** Extractions running at once: each may hold a document's text and its reading's buffers. */
    private final java.util.concurrent.Semaphore extractions;

    private final Ingestor ingestor;
    private final StatusImport statusImport;
    private final DocumentRepository documents;
    private final DocumentService service;
    private final LexgraphProperties properties;
    private final GraphVersion graphVersion;

    IngestController(Ingestor ingestor, StatusImport statusImport, DocumentRepository documents,
                     DocumentService service, LexgraphProperties properties, GraphVersion graphVersion) {
        this.ingestor = ingestor;
        this.graphVersion = graphVersion;
        this.statusImport = statusImport;
        this.documents = documents;
        this.service = service;
        this.properties = properties;
        this.extractions = new java.util.concurrent.Semaphore(properties.extraction().permits());
    }

    /** How long a request waits in line for an extraction to finish before it is turned away. */
    private static final long QUEUE_WAIT_SECONDS = 10;

    /**
     * Runs one bounded extraction; when as many are running as allowed it waits in line a few seconds, then
     * answers 503 with Retry-After.
     */
    private <T> T bounded(java.util.function.Supplier<T> work) {
        boolean admitted;
        try {
            admitted = extractions.tryAcquire(QUEUE_WAIT_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            throw new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE, "too-many-extractions",
                    "detail.extractions.busy", properties.extraction().permits()).retryAfter(2);
        }
        try {
            return work.get();
        } finally {
            extractions.release();
        }
    }

    @PostMapping(value = "/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @io.swagger.v3.oas.annotations.security.SecurityRequirement(name = "apiKey")
    @Operation(operationId = "ingestDocument", summary = "Ingest a document file", description = "Multipart field `file`: text (UTF-8, UTF-16, "
            + "Windows-1258), PDF or DOCX. The file's name identifies it: the same name and content again changes "
            + "nothing; new content under the same name replaces what the old one contributed. Needs X-API-Key.")
    ResponseEntity<Ingested> ingestFile(@RequestPart("file") MultipartFile file,
                                        @RequestParam(required = false) String name) throws IOException {
        String fileName = name(Params.blankToNull(name) != null ? name : file.getOriginalFilename(), file.getBytes());
        byte[] bytes = file.getBytes();
        return store(fileName, bounded(() -> read(decode(bytes, fileName))));
    }

    @PostMapping(value = "/documents", consumes = MediaType.APPLICATION_JSON_VALUE)
    @io.swagger.v3.oas.annotations.security.SecurityRequirement(name = "apiKey")
    @Operation(operationId = "ingestDocument", summary = "Ingest a document given as text", description = "JSON {\"text\": …, \"name\": …}; without "
            + "a name the text is named by its hash. Needs X-API-Key.")
    ResponseEntity<Ingested> ingestText(@RequestBody TextDocument body) {
        String text = requireText(body);
        String fileName = name(body.name(), text.getBytes(StandardCharsets.UTF_8));
        return store(fileName, bounded(() -> read(new DocumentText.Decoded(text, "UTF-8"))));
    }

    @PostMapping(value = "/extract", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(operationId = "extract", summary = "Extract a file's citations without storing anything", description = "With text=true the "
            + "answer also carries the decoded text (NFC) that the citations' offsets count in.")
    Extraction extractFile(@RequestPart("file") MultipartFile file,
                           @RequestParam(defaultValue = "false") boolean text) throws IOException {
        byte[] bytes = file.getBytes();
        return bounded(() -> {
            DocumentText.Decoded d = decode(bytes, file.getOriginalFilename());
            return new Extraction(file.getOriginalFilename(), d.encoding(), text ? d.text() : null, // decoded texts are NFC
                    CitationExtractor.forThisThread().extract(d.text()));
        });
    }


    @PostMapping(value = "/extract", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "extract", summary = "Extract the citations of a text without storing anything", description = "JSON {\"text\": …}")
    Extraction extractText(@RequestBody TextDocument body) {
        String text = requireText(body);
        return bounded(() -> new Extraction(body.name(), "UTF-8", null, CitationExtractor.forThisThread().extract(text)));
    }

    @PostMapping(value = "/relations/import", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    @io.swagger.v3.oas.annotations.security.SecurityRequirement(name = "apiKey")
    @Operation(operationId = "importRelations", summary = "Load known relations and statuses from CSV", description = "Columns: document, relation, "
            + "other, effective, jurisdiction, type (see the README). Rows that cannot be applied are listed with "
            + "their line; the rest are applied in one transaction. Needs X-API-Key.")
    StatusImport.Result importRelations(@RequestBody String csv, @RequestParam(defaultValue = "api") String source) {
        if (csv.isBlank()) {
            throw ApiProblem.badRequest("detail.csv.empty");
        }
        return importCsv(csv, source);
    }

    @PostMapping(value = "/relations/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @io.swagger.v3.oas.annotations.security.SecurityRequirement(name = "apiKey")
    @Operation(operationId = "importRelations", summary = "Load known relations and statuses from a CSV file")
    StatusImport.Result importRelationsFile(@RequestPart("file") MultipartFile file) throws IOException {
        String csv = decode(file.getBytes(), file.getOriginalFilename()).text();
        return importCsv(csv, Params.blankToNull(file.getOriginalFilename()) == null ? "api" : file.getOriginalFilename());
    }

    private StatusImport.Result importCsv(String csv, String source) {
        graphVersion.bump();
        try {
            return statusImport.importCsv(new StringReader(csv), source);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("detail.csv.invalid", e.getMessage());
        } finally {
            graphVersion.bump();
        }
    }

    /** A document decoded and extracted: the costly part, bounded in number; storing it is the database's. */
    private record Read(DocumentText.Decoded decoded, ExtractionResult extraction) {
    }

    private static Read read(DocumentText.Decoded decoded) {
        return new Read(decoded, CitationExtractor.forThisThread().extract(decoded.text()));
    }

    /** The bodies a stored document wrote: its own issuer and its citations'. */
    private static java.util.List<String> issuers(ExtractionResult extraction) {
        java.util.List<String> out = new java.util.ArrayList<>();
        if (extraction.document() != null) {
            out.add(extraction.document().issuer());
        }
        extraction.citations().forEach(c -> out.add(c.issuer()));
        return out;
    }

    /**
     * Stores what was read. Outside the bound on extractions: a writer waiting for a lock in the database must not
     * hold a turn that another request needs to read its document (writes would queue behind the slowest one).
     */
    private ResponseEntity<Ingested> store(String fileName, Read read) {
        DocumentText.Decoded decoded = read.decoded();
        ExtractionResult extraction = read.extraction();
        // Bumped before (answers being computed now are not kept under the new state) and after it commits.
        graphVersion.bump();
        Ingestor.FileOutcome outcome;
        try {
            outcome = ingestor.ingestText(fileName, decoded.text(), decoded.encoding(), extraction);
            if (Ingestor.FileOutcome.INGESTED.equals(outcome.status())) {
                dev.lexgraph.graph.Reorganisation.succeedBodies(ingestor.graph(), issuers(extraction));
            }
        } finally {
            graphVersion.bump();
        }
        if (Ingestor.FileOutcome.FAILED.equals(outcome.status())) {
            throw new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "not-ingested", "detail.not-ingested", fileName,
                    outcome.error());
        }
        String id = documents.idOfFile(fileName).orElse(null);
        DocumentDetail detail = id == null ? null : service.detail(id);
        Ingested body = new Ingested(fileName, outcome.status(), detail, decoded.encoding(), extraction);
        if (Ingestor.FileOutcome.INGESTED.equals(outcome.status()) && id != null) {
            return ResponseEntity.created(URI.create("/api/v1/documents/" + id)).body(body);
        }
        return ResponseEntity.ok(body);
    }

    private String requireText(TextDocument body) {
        if (body == null || body.text() == null || body.text().isBlank()) {
            throw new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "empty-document", "detail.text.blank");
        }
        if (body.text().length() > properties.maxDocumentSize().toBytes()) {
            throw tooLarge();
        }
        return body.text();
    }

    private DocumentText.Decoded decode(byte[] bytes, String name) {
        if (bytes.length == 0) {
            throw new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "empty-document", "detail.file.empty", name);
        }
        if (bytes.length > properties.maxDocumentSize().toBytes()) {
            throw tooLarge();
        }
        try {
            DocumentText.Decoded d = DocumentText.decode(bytes, properties.extraction().limits());
            if (d.text().isBlank()) {
                throw new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "empty-document", "detail.file.no-text", name);
            }
            return d;
        } catch (DocumentText.TooMuchTextException e) {
            throw new ApiProblem(HttpStatus.CONTENT_TOO_LARGE, "document-too-large", "detail.file.cut", name,
                    e.getMessage());
        } catch (DocumentText.NotTextException e) {
            throw new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "not-a-text-document", "detail.file.not-text", name,
                    e.getMessage());
        }
    }

    private ApiProblem tooLarge() {
        return new ApiProblem(HttpStatus.CONTENT_TOO_LARGE, "document-too-large", "detail.document.too-large",
                properties.maxDocumentSize());
    }

    /** The longest name a document may be stored under (a file name's limit on most systems). */
    static final int NAME_MAX = 255;

    /**
     * The name a document is stored under: the one given, as the graph stores it (back slashes as slashes,
     * repeated slashes as one: "dir//x.txt" is "dir/x.txt", and the answer says so), or one made from the
     * content's hash. A name too long or holding control characters is refused, never cut: two long names
     * cut to one would make two documents one file.
     */
    private static String name(String given, byte[] content) {
        String n = Params.blankToNull(given);
        if (n != null) {
            n = n.strip().replace('\\', '/');
            if (n.codePoints().anyMatch(Character::isISOControl)) {
                throw ApiProblem.badRequest("detail.name.control");
            }
            if (n.length() > NAME_MAX) {
                throw ApiProblem.badRequest("detail.name.too-long", NAME_MAX, n.length());
            }
            try {
                return java.nio.file.Path.of(n).toString();
            } catch (java.nio.file.InvalidPathException e) {
                throw ApiProblem.badRequest("detail.name.invalid", n, e.getReason());
            }
        }
        try {
            byte[] h = java.security.MessageDigest.getInstance("SHA-256").digest(content);
            return "text-" + HexFormat.of().formatHex(h, 0, 8) + ".txt";
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
