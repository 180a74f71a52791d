package org.latitude.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the analyze command is implemented. */
@Command(name = "analyze", description = "Not implemented yet.")
public final class AnalyzeCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("analyze: not implemented yet");
        return 2;
    }
}
