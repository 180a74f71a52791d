package org.latitude;

import org.latitude.cli.Cli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Entry point. A first argument naming a headless command ({@code analyze}, {@code discretion}) runs that command
 * and exits without creating a Spring context, so researchers get a fast, server-free CLI from the same jar.
 */
@SpringBootApplication
public class LatitudeApplication {

    public static void main(String[] args) {
        if (args.length > 0 && Cli.isCommand(args[0])) {
            System.exit(Cli.run(args));
        }
        SpringApplication.run(LatitudeApplication.class, args);
    }
}
