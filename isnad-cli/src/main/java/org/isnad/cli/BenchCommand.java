package org.isnad.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

@Command(name = "bench", description = "Measure the text layer (tokens/s) and the whole extraction (articles/s, peak heap).")
final class BenchCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.out.println("bench: not yet");
        return 0;
    }
}
