package io.newsrel.cli;

import picocli.CommandLine;

/** The version from the jar manifest. */
final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = NewsrelCli.class.getPackage().getImplementationVersion();
        return new String[] {"newsrel " + (version == null ? "(development build)" : version)};
    }
}
