package dev.lexgraph.app;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description's title, and the API key that writes need. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI lexgraphOpenApi() {
        return new OpenAPI()
                .info(new Info().title("lexgraph API").version("v1").description(
                        "Citations between Vietnamese legal and administrative documents, as a graph: what every "
                                + "plan and report depends on, who implements a directive, which references are "
                                + "superseded. Errors are RFC 9457 application/problem+json."))
                .components(new Components().addSecuritySchemes("apiKey", new SecurityScheme()
                        .type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.HEADER).name("X-API-Key")
                        .description("Needed by writes (POST /documents, POST /relations/import), and by every "
                                + "request when the service runs with lexgraph.reads-require-key.")));
    }

    /** With {@code lexgraph.reads-require-key}, every operation says it needs the key, reads included. */
    @Bean
    org.springdoc.core.customizers.OpenApiCustomizer keyOnReadsWhenRequired(LexgraphProperties properties) {
        return openApi -> {
            if (properties.readsRequireKey() && openApi.getPaths() != null) {
                openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
                    if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
                        operation.addSecurityItem(new io.swagger.v3.oas.models.security.SecurityRequirement()
                                .addList("apiKey"));
                    }
                }));
            }
        };
    }

    /** The JSON-LD form of a document. */
    static final String LINKED_DOCUMENT = "LinkedDocument";

    /** The RFC 9457 body of every error answer. */
    static final String PROBLEM = "Problem";

    /**
     * Every operation's answers besides its 200: the errors it can give, each as application/problem+json with
     * the Problem schema, and the 201 of an ingestion and the 300 of an ambiguous symbol. Written once here from
     * what the handlers do (the checks of {@code Params}, the API key, the document limits), so that a
     * generated client knows every status it may meet.
     */
    @Bean
    org.springdoc.core.customizers.OpenApiCustomizer errorAnswers() {
        return openApi -> {
            openApi.getComponents().addSchemas(PROBLEM, new io.swagger.v3.oas.models.media.ObjectSchema()
                    .description("RFC 9457 problem details; some problems add members (validValues, candidates, reference)")
                    .addProperty("type", new io.swagger.v3.oas.models.media.StringSchema().format("uri"))
                    .addProperty("title", new io.swagger.v3.oas.models.media.StringSchema())
                    .addProperty("status", new io.swagger.v3.oas.models.media.IntegerSchema())
                    .addProperty("detail", new io.swagger.v3.oas.models.media.StringSchema())
                    .addProperty("instance", new io.swagger.v3.oas.models.media.StringSchema().format("uri-reference"))
                    .additionalProperties(true));
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                io.swagger.v3.oas.models.responses.ApiResponses answers = operation.getResponses();
                boolean write = method == io.swagger.v3.oas.models.PathItem.HttpMethod.POST;
                boolean oneDocument = path.contains("{") || path.startsWith("/api/v1/document/")
                        || path.equals("/api/v1/document") || path.endsWith("/lookup");
                answers.put("400", problem("a parameter or the body is not valid; detail says which and how"));
                if (write || operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
                    answers.put("401", problem("the API key is missing or wrong (header X-API-Key)"));
                }
                if (oneDocument) {
                    answers.put("404", problem("no document with that id or symbol"));
                }
                if (write) {
                    answers.put("413", problem("the document is larger than lexgraph.max-document-size, or "
                            + "decodes to more than the extraction bounds allow"));
                    answers.put("415", problem("a media type this operation does not read"));
                    answers.put("422", problem("an empty or binary file, or text that cannot be read"));
                }
                answers.put("500", problem("a failure on the service's side; the log has it under the answer's reference"));
                answers.put("503", problem("the graph database cannot be used just now, or too many "
                        + "extractions are running; retry after the Retry-After header's seconds"));
                if (path.equals("/api/v1/documents/lookup")) {
                    answers.putIfAbsent("300", problem("the symbol names several documents (other years or "
                            + "provinces); candidates lists them")
                            .description("the symbol names several documents; the problem's candidates lists them"));
                }
                if (write && path.equals("/api/v1/documents") && answers.get("200") != null) {
                    answers.putIfAbsent("201", new io.swagger.v3.oas.models.responses.ApiResponse()
                            .description("stored: the document as the graph now has it; Location names it")
                            .content(answers.get("200").getContent()));
                    answers.get("200").description("the same name and content again: nothing changed (status unchanged)");
                }
            }));
        };
    }

    /**
     * Every multipart upload has one body: the file in the part {@code file}. Named once as a schema, so that a
     * generated client has a type for it instead of an inline one it may fail to name.
     */
    @Bean
    org.springdoc.core.customizers.OpenApiCustomizer namedUpload() {
        return openApi -> {
            openApi.getComponents().addSchemas("FileUpload", new io.swagger.v3.oas.models.media.ObjectSchema()
                    .description("a document file (text, PDF or DOCX; CSV for the relations import) in the part 'file'")
                    .addProperty("file", new io.swagger.v3.oas.models.media.StringSchema().format("binary"))
                    .addRequiredItem("file"));
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().values().forEach(item -> item.readOperations().forEach(operation -> {
                if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                    io.swagger.v3.oas.models.media.MediaType multipart =
                            operation.getRequestBody().getContent().get("multipart/form-data");
                    if (multipart != null) {
                        multipart.setSchema(new io.swagger.v3.oas.models.media.Schema<>()
                                .$ref("#/components/schemas/FileUpload"));
                    }
                }
            }));
        };
    }

    /**
     * The exports an operation answers besides JSON ({@code format=} or the Accept header): the values of its
     * {@code format} parameter, and their media types in its 200 answer. Springdoc merges the export handler into the JSON one's operation and keeps only JSON.
     */
    @Bean
    org.springdoc.core.customizers.OpenApiCustomizer exportAnswers() {
        return openApi -> {
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getComponents().addSchemas(LINKED_DOCUMENT, new io.swagger.v3.oas.models.media.ObjectSchema()
                    .description("A document as JSON-LD: its identity in the terms of the ELI ontology, and one "
                            + "member per relation (cites, based_on, amends, repeals, ensures_implementation_of, "
                            + "guides, responds_to) and per inverse (cited_by, …), each a list of documents; the "
                            + "README gives the mapping")
                    .addProperty("@context", new io.swagger.v3.oas.models.media.ObjectSchema())
                    .addProperty("@id", new io.swagger.v3.oas.models.media.StringSchema().format("uri"))
                    .addProperty("@type", new io.swagger.v3.oas.models.media.StringSchema())
                    .addProperty("id_local", new io.swagger.v3.oas.models.media.StringSchema())
                    .addProperty("date_document", new io.swagger.v3.oas.models.media.StringSchema().format("date"))
                    .addProperty("type_document", new io.swagger.v3.oas.models.media.StringSchema())
                    .addProperty("jurisdiction", new io.swagger.v3.oas.models.media.StringSchema())
                    .addProperty("issuer", new io.swagger.v3.oas.models.media.StringSchema()));
            dev.lexgraph.api.ExportFormat.OFFERED.forEach((path, formats) -> {
                io.swagger.v3.oas.models.PathItem item = openApi.getPaths().get(path);
                io.swagger.v3.oas.models.responses.ApiResponse ok = item == null || item.getGet() == null ? null
                        : item.getGet().getResponses().get("200");
                if (ok == null || ok.getContent() == null) {
                    return;
                }
                // The JSON answer is the JSON handler's model; springdoc adds the export handler's return type
                // (a stream, a map) to it as a oneOf, which tells a client nothing and makes generators wrap it.
                io.swagger.v3.oas.models.media.MediaType json = ok.getContent().get("application/json");
                if (json != null && json.getSchema() != null && json.getSchema().getOneOf() != null) {
                    for (Object member : json.getSchema().getOneOf()) {
                        io.swagger.v3.oas.models.media.Schema<?> m = (io.swagger.v3.oas.models.media.Schema<?>) member;
                        if (m.get$ref() != null && !m.get$ref().endsWith("/StreamingResponseBody")) {
                            json.setSchema(m);
                            break;
                        }
                    }
                }
                if (item.getGet().getParameters() != null) {
                    for (io.swagger.v3.oas.models.parameters.Parameter p : item.getGet().getParameters()) {
                        if ("format".equals(p.getName()) && p.getSchema() != null) {
                            @SuppressWarnings("unchecked")
                            io.swagger.v3.oas.models.media.Schema<String> formatSchema =
                                    (io.swagger.v3.oas.models.media.Schema<String>) p.getSchema();
                            formatSchema.setEnum(dev.lexgraph.api.ExportFormat.codes(formats));
                        }
                    }
                }
                for (dev.lexgraph.api.ExportFormat f : formats) {
                    io.swagger.v3.oas.models.media.Schema<?> schema = f == dev.lexgraph.api.ExportFormat.JSONLD
                            ? new io.swagger.v3.oas.models.media.Schema<>().$ref("#/components/schemas/" + LINKED_DOCUMENT)
                            : f == dev.lexgraph.api.ExportFormat.XLSX
                            ? new io.swagger.v3.oas.models.media.StringSchema().format("binary")
                            : new io.swagger.v3.oas.models.media.StringSchema();
                    ok.getContent().addMediaType(f.mediaType(), new io.swagger.v3.oas.models.media.MediaType()
                            .schema(schema));
                }
                ok.description("JSON by default; " + String.join(", ", formats.stream().map(f -> f.code() + " ("
                        + f.mediaType() + ")").sorted().toList()) + " with format= or by the Accept header");
            });
        };
    }

    private static io.swagger.v3.oas.models.responses.ApiResponse problem(String description) {
        return new io.swagger.v3.oas.models.responses.ApiResponse().description(description).content(
                new io.swagger.v3.oas.models.media.Content().addMediaType("application/problem+json",
                        new io.swagger.v3.oas.models.media.MediaType().schema(
                                new io.swagger.v3.oas.models.media.Schema<>().$ref("#/components/schemas/" + PROBLEM))));
    }
}
