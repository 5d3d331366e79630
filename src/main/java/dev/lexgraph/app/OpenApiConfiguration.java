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
}
