package org.isnad.kb;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The UN list copy in ../shared (system property {@code isnad.shared}, set by the pom). Tests that
 * read it fail under CI (CI=true) when it is missing, and are skipped with a message elsewhere.
 * The list is read and its linker built once for all tests.
 */
final class Shared {
    static final String UN_LIST = "data/un-sanctions/isil-aq-list-2024-06-07.xml";

    private Shared() {}

    static Path require(String relative) {
        Path p = Path.of(System.getProperty("isnad.shared", "../shared")).resolve(relative);
        if (Files.exists(p)) return p;
        String msg = "shared data not found at " + p.toAbsolutePath() + " (the project's ../shared folder)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) fail(msg + ": CI must have it");
        Assumptions.assumeTrue(false, msg + ": skipped");
        return p;
    }

    private static final class Loaded {
        static final UnListImporter.Result RESULT = UnListImporter.read(require(UN_LIST));
        static final SanctionsList LIST = SanctionsList.of(RESULT);
        static final Linker LINKER = new Linker(LIST);
    }

    static UnListImporter.Result imported() {
        require(UN_LIST);
        return Loaded.RESULT;
    }

    static SanctionsList list() {
        require(UN_LIST);
        return Loaded.LIST;
    }

    static Linker linker() {
        require(UN_LIST);
        return Loaded.LINKER;
    }
}
