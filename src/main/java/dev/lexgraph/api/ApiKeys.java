package dev.lexgraph.api;

import dev.lexgraph.app.LexgraphProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The API key writes must present in {@code X-API-Key}: {@code lexgraph.api-key} (LEXGRAPH_APIKEY), or,
 * when that is unset, one made at first start, kept in the data folder ({@code api-key}) and logged once.
 */
@Component
public class ApiKeys {

    public static final String HEADER = "X-API-Key";
    private static final Logger log = LoggerFactory.getLogger(ApiKeys.class);

    private final byte[] key;

    ApiKeys(LexgraphProperties properties) {
        String configured = properties.apiKey();
        this.key = (configured != null && !configured.isBlank() ? configured.strip()
                : kept(properties.dataDir().resolve("api-key"))).getBytes(StandardCharsets.UTF_8);
    }

    /** Whether the presented key is the right one (compared in constant time). */
    boolean accepts(String presented) {
        return presented != null
                && MessageDigest.isEqual(key, presented.strip().getBytes(StandardCharsets.UTF_8));
    }

    private static String kept(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            byte[] bytes = new byte[24];
            new SecureRandom().nextBytes(bytes);
            String made = HexFormat.of().formatHex(bytes);
            dev.lexgraph.graph.DataFolder.writeSecret(file, made + "\n");
            log.warn("API key for writes (header {}), generated now and kept in {}: {}", HEADER, file, made);
            return made;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the API key in " + file, e);
        }
    }
}
