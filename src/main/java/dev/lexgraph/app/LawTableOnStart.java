package dev.lexgraph.app;

import dev.lexgraph.citation.LawTable;
import dev.lexgraph.graph.GraphConnection;
import dev.lexgraph.graph.LawDocuments;
import dev.lexgraph.graph.Reorganisation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At every start, before the web server opens its port, the bundled law table is written into the graph
 * (its laws, and which replaced or amended which from when), so that references to laws by name or number
 * reach those nodes and the superseded-reference answers know the laws' history; and the 2025
 * reorganisation (provinces and bodies with their successors, {@link Reorganisation}). Writing them again
 * changes nothing; a newer jar's corrected table corrects the graph.
 */
@Component
@Order(0)
class LawTableOnStart implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(LawTableOnStart.class);

    private final GraphConnection graph;

    LawTableOnStart(GraphConnection graph) {
        this.graph = graph;
    }

    @Override
    public void afterSingletonsInstantiated() {
        LawDocuments.Result r = LawDocuments.write(graph, LawTable.bundled());
        log.info("Law table: {} laws, {} replacements and amendments", r.laws(), r.relations());
        Reorganisation.Result o = Reorganisation.write(graph);
        log.info("2025 reorganisation: {} provinces, {} new successions of bodies", o.provinces(), o.bodySuccessions());
    }
}
