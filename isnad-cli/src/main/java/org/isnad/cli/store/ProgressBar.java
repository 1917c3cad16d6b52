package org.isnad.cli.store;

import org.isnad.store.ingest.Ingester;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Ingest progress on standard error: a bar, documents per second and the time left, redrawn in
 * place on a terminal; one plain line every few seconds when the output is a file or a pipe.
 */
final class ProgressBar implements Ingester.Progress {
    private final PrintStream err;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private long lastDraw;
    private boolean drawn;

    ProgressBar(PrintStream err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public void update(long done, long added, long unchanged, long failed, long total) {
        long now = System.nanoTime();
        long every = terminal ? 200_000_000L : 5_000_000_000L;
        boolean last = total > 0 && done >= total;
        if (!last && now - lastDraw < every) return;
        lastDraw = now;
        double seconds = (now - start) / 1e9;
        double rate = seconds > 0 ? done / seconds : 0;
        StringBuilder sb = new StringBuilder();
        if (total > 0) {
            int width = 30;
            int filled = (int) Math.min(width, width * done / total);
            sb.append('[').append("#".repeat(filled)).append("-".repeat(width - filled)).append("] ");
            sb.append(String.format(Locale.ROOT, "%,d/%,d", done, total));
        } else {
            sb.append(String.format(Locale.ROOT, "%,d", done));
        }
        sb.append(String.format(Locale.ROOT, "  %,.1f docs/s", rate));
        if (total > 0 && rate > 0 && !last) sb.append("  ETA ").append(duration((total - done) / rate));
        else sb.append("  ").append(duration(seconds));
        sb.append(String.format(Locale.ROOT, "  (added %,d, unchanged %,d, failed %,d)", added, unchanged, failed));
        if (terminal) {
            err.print("\r" + sb + "   ");
            drawn = true;
        } else {
            err.println(sb);
        }
        err.flush();
    }

    /** A message line (a failed input) that must not be drawn over by the bar. */
    void message(String line) {
        if (terminal && drawn) err.print("\r" + " ".repeat(110) + "\r");
        err.println(line);
        err.flush();
        lastDraw = 0;
    }

    void finish() {
        if (terminal && drawn) err.println();
        err.flush();
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
