package dev.lexgraph.app;

import java.net.InetAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Says at start where the API listens and, when only on loopback, how to offer it to other machines. */
@Component
class ListeningAddress implements ApplicationListener<WebServerInitializedEvent> {

    private static final Logger log = LoggerFactory.getLogger(ListeningAddress.class);
    private final Environment environment;

    ListeningAddress(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        String address = environment.getProperty("server.address", "0.0.0.0");
        int port = event.getWebServer().getPort();
        boolean loopback;
        try {
            loopback = InetAddress.getByName(address).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            loopback = false;
        }
        if (loopback) {
            log.info("API at http://{}:{}/api/v1 on this machine only; --server.address=0.0.0.0 (or SERVER_ADDRESS) "
                    + "offers it to the network", address, port);
        } else {
            log.info("API at http://{}:{}/api/v1, open to the network on {}", address, port, address);
        }
    }
}
