package io.factwire.cli;

import io.factwire.store.Database;
import io.factwire.store.MaintenanceDao;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code check}: SQLite's integrity and foreign-key checks and the search index's own check, on the configured
 * database (safe while the server runs). {@code backup FILE}: a consistent copy of the live database. Exit
 * status 0 when all is well, 1 when a check fails or the copy cannot be made, 2 for a usage error.
 */
public final class MaintenanceCommands {
    public static final String CHECK_USAGE = "usage: java -jar factwire.jar check";
    public static final String BACKUP_USAGE = "usage: java -jar factwire.jar backup FILE";

    private final Database database;
    private final PrintStream out;
    private final PrintStream err;

    public MaintenanceCommands(Database database, PrintStream out, PrintStream err) {
        this.database = database;
        this.out = out;
        this.err = err;
    }

    public int check(List<String> args) {
        if (!args.isEmpty()) {
            err.println("factwire check: no arguments expected");
            err.println(CHECK_USAGE);
            return 2;
        }
        MaintenanceDao dao = database.reads().onDemand(MaintenanceDao.class);
        boolean ok = true;
        List<String> integrity = dao.integrityCheck();
        boolean pagesOk = integrity.equals(List.of("ok"));
        out.println((pagesOk ? "ok      " : "FAILED  ") + "integrity_check"
                + (pagesOk ? "" : ": " + String.join("; ", integrity)));
        ok &= pagesOk;
        List<String> dangling = dao.foreignKeyCheck();
        out.println((dangling.isEmpty() ? "ok      " : "FAILED  ") + "foreign_key_check"
                + (dangling.isEmpty() ? "" : ": " + dangling.size() + " rows, first " + dangling.get(0)));
        ok &= dangling.isEmpty();
        List<String> astray = dao.factRangeCheck();
        out.println((astray.isEmpty() ? "ok      " : "FAILED  ") + "facts within their articles' ranges"
                + (astray.isEmpty() ? "" : ": " + astray.size() + " rows, first " + astray.get(0)));
        ok &= astray.isEmpty();
        try {
            database.writes().useExtension(MaintenanceDao.class, MaintenanceDao::searchIndexCheck);
            out.println("ok      search index matches the articles");
        } catch (RuntimeException e) {
            out.println("FAILED  search index: " + rootMessage(e));
            ok = false;
        }
        out.println((ok ? "ok      " : "FAILED  ") + dao.articles() + " articles, schema version "
                + database.schemaVersion());
        return ok ? 0 : 1;
    }

    public int backup(List<String> args) {
        if (args.size() != 1) {
            err.println("factwire backup: give the file to write");
            err.println(BACKUP_USAGE);
            return 2;
        }
        Path target = Path.of(args.get(0)).toAbsolutePath();
        if (Files.exists(target)) {
            err.println("factwire backup: " + target + " exists; refusing to overwrite it");
            return 2;
        }
        try {
            database.reads().useExtension(MaintenanceDao.class, dao -> dao.copyTo(target.toString()));
        } catch (RuntimeException e) {
            err.println("factwire backup: " + rootMessage(e));
            return 1;
        }
        out.println("backup  " + target);
        return 0;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
