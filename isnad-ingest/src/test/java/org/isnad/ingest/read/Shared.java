package org.isnad.ingest.read;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Where ../shared lives (system property {@code isnad.shared}, set by the pom). Tests that read it
 * fail under CI (CI=true) when it is missing, and are skipped with a message elsewhere.
 */
final class Shared {
    private Shared() {}

    static Path require(String relative) {
        Path p = Path.of(System.getProperty("isnad.shared", "../shared")).resolve(relative);
        if (Files.exists(p)) return p;
        String msg = "shared data not found at " + p.toAbsolutePath() + " (the project's ../shared folder)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) fail(msg + ": CI must have it");
        Assumptions.assumeTrue(false, msg + ": skipped");
        return p;
    }
}
