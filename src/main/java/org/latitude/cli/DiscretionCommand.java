package org.latitude.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the discretion command is implemented. */
@Command(name = "discretion", description = "Not implemented yet.")
public final class DiscretionCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("discretion: not implemented yet");
        return 2;
    }
}
