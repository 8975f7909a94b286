package io.tickmark.app;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest; "development build" when run from classes. */
final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {"tickmark " + (version == null ? "(development build)" : version)};
    }
}
