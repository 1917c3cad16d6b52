package org.isnad.cli.store;

import org.isnad.ingest.read.ReadError;
import org.isnad.ingest.read.TextFiles;
import org.isnad.store.ingest.Ingester;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;

/** Plain-text files, folders of them and standard input, through {@link TextFiles}. */
final class TextFileInputs implements DocumentInputs {
    @Override
    public Iterator<Ingester.Item> read(List<String> inputs, long maxBytes, String published) throws IOException {
        Iterator<String> files = TextFiles.expand(inputs).iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() { return files.hasNext(); }

            @Override
            public Ingester.Item next() {
                String f = files.next();
                try {
                    TextFiles.Read r = TextFiles.read(f, maxBytes, published);
                    return new Ingester.Item(f, r.document(), null, r.warning());
                } catch (ReadError e) {
                    return new Ingester.Item(f, null, e.getMessage(), null);
                }
            }
        };
    }

    @Override
    public long count(List<String> inputs) throws IOException {
        return TextFiles.expand(inputs).size();
    }
}
