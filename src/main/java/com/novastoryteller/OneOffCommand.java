package com.novastoryteller;

import java.util.Optional;
import java.util.Set;

/** The commands the jar runs instead of serving, named by the first argument. */
final class OneOffCommand {

    private static final Set<String> NAMES = Set.of("createsuperuser", "seed-data");

    private OneOffCommand() {
    }

    static Optional<String> named(String[] args) {
        return args.length > 0 && NAMES.contains(args[0]) ? Optional.of(args[0]) : Optional.empty();
    }
}
