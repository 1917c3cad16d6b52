package org.isnad.export;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Data in /work/shared (the official schemas the exports are checked against). Read where it
 * lives, never copied: missing data skips the test with a message, and fails it when CI=true.
 */
final class Shared {
    private Shared() {}

    static Path require(String relative) {
        String root = System.getProperty("isnad.shared", "../shared");
        Path p = Path.of(root).resolve(relative);
        if (!Files.exists(p)) {
            String msg = "shared data missing: " + p.toAbsolutePath() + " (set -Disnad.shared=DIR)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) fail(msg);
            Assumptions.assumeTrue(false, msg);
        }
        return p;
    }
}
