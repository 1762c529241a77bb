package io.factwire;

import io.factwire.cli.IngestCommand;
import io.factwire.cli.MaintenanceCommands;
import io.factwire.ops.Logging;
import io.factwire.store.Database;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Entry point: no arguments serves the API; {@code ingest FILE…} stores files, {@code check} checks the database
 * and {@code backup FILE} copies it, then exit.
 */
public final class Main {
    private Main() {}

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
            App app = App.create(config);
            boolean terminal = System.console() != null;
            // piped: one write per buffer, not per line (a run may print a million lines)
            PrintStream out = terminal
                    ? System.out
                    : new PrintStream(
                            new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
                            false,
                            StandardCharsets.UTF_8);
            IngestCommand ingest =
                    new IngestCommand(app.importer(), app.feeds(), out, System.err, terminal, app.archive());
            System.exit(ingest.run(List.of(args).subList(1, args.length)));
        } else if (args[0].equals("check") || args[0].equals("backup")) {
            MaintenanceCommands maintenance = new MaintenanceCommands(
                    Database.open(config.database(), 0, config.durableSync()), System.out, System.err);
            List<String> rest = List.of(args).subList(1, args.length);
            System.exit(args[0].equals("check") ? maintenance.check(rest) : maintenance.backup(rest));
        } else {
            System.err.println("factwire: unknown command '" + args[0] + "'");
            System.err.println("usage: java -jar factwire.jar            serve the API");
            System.err.println("       " + IngestCommand.USAGE.substring("usage: ".length()));
            System.err.println("       " + MaintenanceCommands.CHECK_USAGE.substring("usage: ".length()));
            System.err.println("       " + MaintenanceCommands.BACKUP_USAGE.substring("usage: ".length()));
            System.exit(2);
        }
    }
}
