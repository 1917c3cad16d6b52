package org.isnad.core.eval;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Where ../shared lives. Tests that read it fail under CI (CI=true) when it is missing, and are
 * skipped with a message on a user's machine without it.
 */
public final class SharedData {
    private SharedData() {}

    public static Path require(String relative) {
        Path root = Path.of(System.getProperty("isnad.shared", "../shared"));
        Path p = root.resolve(relative);
        if (Files.exists(p)) return p;
        String msg = "shared data not found at " + p.toAbsolutePath() + " (the project's ../shared folder)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) fail(msg + ": CI must have it");
        Assumptions.assumeTrue(false, msg + ": skipped");
        return p;
    }
}
