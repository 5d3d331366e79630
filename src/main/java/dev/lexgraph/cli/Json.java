package dev.lexgraph.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.json.JsonMapper;

/** The JSON mapper every command prints with: nulls kept, so every field is always present. */
final class Json {

    static final JsonMapper MAPPER = JsonMapper.builder()
            .changeDefaultPropertyInclusion(v -> v.withValueInclusion(JsonInclude.Include.ALWAYS))
            .build();

    private Json() {
    }
}
