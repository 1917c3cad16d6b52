package org.isnad.cli.web;

import org.isnad.web.DemoStore;
import org.isnad.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

@Command(name = "serve", description = {
        "The analyst workbench: a web UI over a store (search, entities with their evidence, network, timeline, documents).",
        "Without --store it serves a demo store built at first start from the sample texts the project ships.",
        "It listens on 127.0.0.1 only; --host to listen elsewhere requires an access token (generated and printed, or --token)."})
public final class ServeCommand implements Callable<Integer> {
    @Option(names = "--store", paramLabel = "DIR", description = "the store's folder (default: the demo store)")
    Path store;

    @Option(names = "--host", description = "address to listen on (default: ${DEFAULT-VALUE})")
    String host = "127.0.0.1";

    @Option(names = "--port", description = "port (default: ${DEFAULT-VALUE}; 0 for any free port)")
    int port = 8080;

    @Option(names = "--token", description = "access token every request must carry (16+ characters of A-Z a-z 0-9 . _ ~ -); "
            + "generated when --host is not a loopback address")
    String token;

    @Option(names = "--demo-dir", paramLabel = "DIR", description = "where the demo store is built (default: isnad-demo in the temporary folder)")
    Path demoDir;

    @Option(names = "--threads", description = "request threads (default: ${DEFAULT-VALUE})")
    int threads = 8;

    @Override
    public Integer call() throws Exception {
        boolean demo = store == null;
        Path dir = demo ? DemoStore.prepare(demoDir != null ? demoDir : DemoStore.defaultDir(), line -> System.err.println("isnad: " + line)) : store;
        WebServer server;
        try {
            server = WebServer.start(new WebServer.Config(dir, host, port, token, demo, threads));
        } catch (java.net.BindException e) {
            throw new IllegalArgumentException("cannot listen on " + host + ":" + port + " (" + e.getMessage() + "); try another --port, or --port 0");
        }
        System.out.println("isnad serve: " + (demo ? "demo store " : "store ") + dir.toAbsolutePath());
        System.out.println("open " + server.uri());
        if (server.token() != null && token == null)
            System.out.println("access token (every request needs it; the address above logs the browser in): " + server.token());
        System.out.println("stop with Ctrl-C");
        System.out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "isnad-serve-stop"));
        stopped.await();
        return 0;
    }
}
