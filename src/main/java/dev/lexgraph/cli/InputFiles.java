package dev.lexgraph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Expands FILE|DIR arguments into files, sorted within each directory; missing paths are kept so they can be reported. */
final class InputFiles {

    private InputFiles() {
    }

    /** The texts of the documents under {@code corpus}, or of the five sample documents the jar carries when it is null. */
    static List<String> texts(Path corpus) throws IOException {
        List<String> texts = new ArrayList<>();
        if (corpus == null) {
            dev.lexgraph.text.SampleDocuments.all().forEach(s -> texts.add(s.text()));
        } else {
            for (Path p : expand(List.of(corpus))) {
                texts.add(dev.lexgraph.text.DocumentText.read(p).text());
            }
        }
        return texts;
    }

    static List<Path> expand(List<Path> args) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : args) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile)
                            .filter(f -> !f.getFileName().toString().startsWith("."))
                            .sorted()
                            .forEach(out::add);
                }
            } else {
                out.add(p);
            }
        }
        return new ArrayList<>(new java.util.LinkedHashSet<>(out)); // a file named twice is read once
    }
}
