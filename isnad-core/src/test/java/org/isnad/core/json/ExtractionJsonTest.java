package org.isnad.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.isnad.core.model.Document;
import org.isnad.core.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExtractionJsonTest {
    private static final Pipeline PIPELINE = Pipeline.load();

    @Test
    void writesTheContractWithCodePointOffsets() throws Exception {
        // emoji are two UTF-16 units but one code point: offsets after them must count code points
        String text = "🔴🔴 عاجل: قالت مؤسسة “البتار” إن أبو بكر البغدادي قُتل في أكتوبر 2019.";
        JsonNode j = new ObjectMapper().readTree(ExtractionJson.toJsonLine(PIPELINE.extract(new Document("p1", text, null, null, "channel"))));
        assertEquals("isnad.extraction/1", j.get("schema").asText());
        assertEquals("p1", j.get("document").get("id").asText());
        assertTrue(j.get("entities").size() >= 2);
        int[] cps = text.codePoints().toArray();
        for (JsonNode e : j.get("entities")) {
            for (JsonNode m : e.get("mentions")) {
                String byCodePoints = new String(cps, m.get("start").asInt(), m.get("end").asInt() - m.get("start").asInt());
                assertEquals(m.get("text").asText(), byCodePoints);
            }
        }
        assertTrue(j.has("relations") && j.has("events"));
    }
}
