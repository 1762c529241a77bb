package io.factwire;

import io.factwire.cli.IngestCommand;
import io.factwire.ops.Logging;
import java.util.List;

/** Entry point: no arguments serves the API; {@code ingest FILE…} stores files and exits. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        AppConfig config;
        try {
            config = AppConfig.fromEnv(System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("factwire: " + e.getMessage());
            System.exit(2);
            return;
        }
        Logging.configure(config.logFormat());
        if (args.length == 0) {
            App app = App.create(config).start();
            Runtime.getRuntime().addShutdownHook(new Thread(app::stop, "factwire-shutdown"));
        } else if (args[0].equals("ingest")) {
            IngestCommand ingest = new IngestCommand(App.create(config).importer(), System.out, System.err);
            System.exit(ingest.run(List.of(args).subList(1, args.length)));
        } else {
            System.err.println("factwire: unknown command '" + args[0] + "'");
            System.err.println("usage: java -jar factwire.jar            serve the API");
            System.err.println("       " + IngestCommand.USAGE.substring("usage: ".length()));
            System.exit(2);
        }
    }
}
