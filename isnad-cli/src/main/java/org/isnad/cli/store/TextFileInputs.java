package org.isnad.cli.store;

import org.isnad.ingest.read.ReadOptions;
import org.isnad.ingest.read.ReadResult;
import org.isnad.ingest.read.Sources;
import org.isnad.ingest.read.TextFiles;
import org.isnad.store.ingest.Ingester;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;

/** Every input format the readers know (text, HTML, Telegram exports, JSON Lines, PDF, DOCX), through {@link Sources}. */
final class TextFileInputs implements DocumentInputs {
    @Override
    public Iterator<Ingester.Item> read(List<String> inputs, long maxBytes, String published) throws IOException {
        Iterator<ReadResult> results = Sources.read(inputs, new ReadOptions(maxBytes, published)).iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() { return results.hasNext(); }

            @Override
            public Ingester.Item next() {
                ReadResult r = results.next();
                return new Ingester.Item(r.input(), r.document(), r.error(), r.warning());
            }
        };
    }

    @Override
    public long count(List<String> inputs) throws IOException {
        return TextFiles.expand(inputs).size();
    }
}
