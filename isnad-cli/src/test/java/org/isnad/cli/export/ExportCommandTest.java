package org.isnad.cli.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.isnad.cli.Main;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** {@code isnad ingest} then {@code isnad export} in every format, end to end through the command line. */
class ExportCommandTest {
    private static final String BASE = "http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/";
    /** Standard SDO types the pinned bundle.json leaves out of its list (see isnad-export's StixSchemas). */
    private static final Set<String> OMITTED = Set.of("location", "note", "opinion", "grouping", "incident");

    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    /** Parsed schemas, kept for the class's bundles (the factory caches what it loads). */
    private static JsonSchemaFactory factory;

    @TempDir
    static Path tmp;
    static Path store;

    record Run(int code, byte[] out, String err) {
        String text() { return new String(out, StandardCharsets.UTF_8); }
    }

    static Run run(String... args) {
        PrintStream oldOut = System.out, oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.run(args);
            System.out.flush();
            return new Run(code, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @BeforeAll
    static void ingest() {
        store = tmp.resolve("graph");
        Path texts = Path.of("..", "isnad-core", "src", "test", "resources", "texts");
        Run r = run("ingest", "--store", store.toString(), Path.of("..", "samples").toString(), texts.resolve("t01-leader-killed.txt").toString(),
                texts.resolve("t07-faction-defection.txt").toString(), texts.resolve("t17-leader-profile.txt").toString());
        assertEquals(0, r.code(), r.err());
    }

    private static long count(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store.resolve("isnad.db"));
             Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getLong(1) : 0;
        }
    }

    private static String string(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store.resolve("isnad.db"));
             Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getString(1) : null;
        }
    }

    @Test
    void stixGoesToStandardOutputAsAValidBundle() throws Exception {
        Run r = run("export", "--store", store.toString(), "--format", "stix");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("exported "), r.err());
        JsonNode bundle = new ObjectMapper().readTree(r.out());
        assertEquals("bundle", bundle.path("type").asText());
        assertValidStix(bundle);
        List<String> names = new ArrayList<>();
        for (JsonNode o : bundle.path("objects")) names.add(o.path("name").asText());
        String name = string("SELECT name FROM entities WHERE merged_into IS NULL AND type = 'PERSON' ORDER BY mentions DESC LIMIT 1");
        assertTrue(names.contains(name.strip()), "«" + name + "» in the bundle as written");
    }

    @Test
    void everyFormatWritesItsFile() throws Exception {
        for (String f : List.of("ftm", "graphml", "gexf")) {
            Path out = tmp.resolve("out").resolve("graph." + f);
            Run r = run("export", "--store", store.toString(), "--format", f, "--out", out.toString());
            assertEquals(0, r.code(), f + ": " + r.err());
            assertTrue(Files.size(out) > 0);
        }
        long entities = count("SELECT count(*) FROM entities WHERE merged_into IS NULL");
        long events = count("SELECT count(*) FROM facts WHERE kind = 'event'");
        for (String f : List.of("graphml", "gexf")) {
            Document d = xml(tmp.resolve("out").resolve("graph." + f));
            assertEquals(entities + events, d.getElementsByTagNameNS("*", "node").getLength(), f + " nodes");
        }
        List<String> lines = Files.readAllLines(tmp.resolve("out").resolve("graph.ftm"), StandardCharsets.UTF_8);
        ObjectMapper json = new ObjectMapper();
        for (String line : lines) assertTrue(json.readTree(line).has("schema"), "one FtM entity per line");

        Path csv = tmp.resolve("csv");
        Run r = run("export", "--store", store.toString(), "--format", "csv", "--out", csv.toString());
        assertEquals(0, r.code(), r.err());
        for (String t : List.of("nodes", "edges", "events", "evidence"))
            assertTrue(Files.readString(csv.resolve(t + ".csv"), StandardCharsets.UTF_8).startsWith("id,"), t + ".csv has its header");
        assertEquals(entities + 1, Files.readString(csv.resolve("nodes.csv"), StandardCharsets.UTF_8).split("\r\n").length);
    }

    @Test
    void anEntitysNeighbourhoodInAPeriod() throws Exception {
        String name = string("SELECT e.name FROM entities e JOIN fact_arguments a ON a.entity = e.entity WHERE e.merged_into IS NULL "
                + "GROUP BY e.entity ORDER BY count(*) DESC, e.entity LIMIT 1");
        Run all = run("export", "--store", store.toString(), "--format", "stix", "--entity", name, "--depth", "2");
        assertEquals(0, all.code(), all.err());
        JsonNode whole = new ObjectMapper().readTree(all.out());
        assertValidStix(whole);
        Run part = run("export", "--store", store.toString(), "--format", "stix", "--entity", name, "--depth", "1", "--from", "2015",
                "--until", "2021");
        assertEquals(0, part.code(), part.err());
        JsonNode bundle = new ObjectMapper().readTree(part.out());
        assertValidStix(bundle);
        assertTrue(bundle.path("objects").size() <= whole.path("objects").size());
        boolean centre = false;
        for (JsonNode o : bundle.path("objects")) centre |= o.path("name").asText().equals(name.strip());
        assertTrue(centre, "the entity itself is exported");
    }

    @Test
    void mistakesAreOneLineErrors() {
        Run r = run("export", "--store", store.toString(), "--format", "xml");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("isnad: unknown format"), r.err());
        r = run("export", "--store", store.toString(), "--format", "csv");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--out"), r.err());
        r = run("export", "--store", store.toString(), "--format", "stix", "--entity", "لا أحد بهذا الاسم");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("no entity named"), r.err());
        r = run("export", "--store", store.toString(), "--format", "stix", "--from", "2019-13");
        assertEquals(2, r.code());
        r = run("export", "--store", tmp.resolve("nowhere").toString(), "--format", "stix");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("no store"), r.err());
    }

    // ------------------------------------------------------------------ checks

    private static Document xml(Path p) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(p.toFile());
    }

    /**
     * Against the official STIX 2.1 schemas in /work/shared, resolved from the local files: each
     * object against its type's schema and, for the types bundle.json lists, its item schema; the
     * envelope against bundle.json (see isnad-export's StixSchemas for why objects are checked one by one).
     */
    private static void assertValidStix(JsonNode bundle) {
        Path dir = Path.of(System.getProperty("isnad.shared", "../shared"), "data", "stix2.1-schemas", "schemas");
        if (!Files.isDirectory(dir)) {
            String msg = "shared data missing: " + dir.toAbsolutePath();
            if ("true".equalsIgnoreCase(System.getenv("CI"))) fail(msg);
            Assumptions.assumeTrue(false, msg);
        }
        if (factory == null) {
            String local = dir.toAbsolutePath().toUri().toString();
            factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                    b -> b.schemaMappers(m -> m.mapPrefix(BASE, local.endsWith("/") ? local : local + "/")));
        }
        List<String> errors = new ArrayList<>();
        ObjectNode envelope = bundle.deepCopy();
        ArrayNode first = envelope.putArray("objects");
        first.add(bundle.path("objects").get(0));
        for (ValidationMessage m : factory.getSchema(SchemaLocation.of(BASE + "common/bundle.json"), CONFIG).validate(envelope)) errors.add(m.getMessage());
        var item = factory.getSchema(SchemaLocation.of(BASE + "common/bundle.json#/properties/objects/items"), CONFIG);
        for (JsonNode o : bundle.path("objects")) {
            String type = o.path("type").asText();
            if (!OMITTED.contains(type)) for (ValidationMessage m : item.validate(o)) errors.add(o.path("id").asText() + ": " + m.getMessage());
            String file = Files.exists(dir.resolve("sdos/" + type + ".json")) ? "sdos/" : "sros/";
            for (ValidationMessage m : factory.getSchema(SchemaLocation.of(BASE + file + type + ".json"), CONFIG).validate(o))
                errors.add(o.path("id").asText() + ": " + m.getMessage());
        }
        assertTrue(errors.isEmpty(), errors.subList(0, Math.min(20, errors.size())).toString());
    }
}
