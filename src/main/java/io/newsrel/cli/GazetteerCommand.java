package io.newsrel.cli;

import io.newsrel.entities.CountryGazetteer;
import io.newsrel.entities.EntityGazetteers;
import io.newsrel.entities.GazetteerEntry;
import io.newsrel.entities.Names;
import io.newsrel.entities.SipriImporter;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsrel gazetteer}: tools for gazetteer files. */
@Command(name = "gazetteer", mixinStandardHelpOptions = true,
        header = "Tools for gazetteer files.",
        subcommands = {GazetteerCommand.ImportSipri.class})
final class GazetteerCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "missing subcommand (try: import-sipri)");
    }

    /** {@code newsrel gazetteer import-sipri FILE}. */
    @Command(name = "import-sipri", mixinStandardHelpOptions = true,
            header = "Turns a SIPRI trade-register CSV export into a systems gazetteer file.",
            description = {"Add the file to the configuration as entities.systemGazetteers to use it.", ""})
    static final class ImportSipri implements Callable<Integer> {

        @Parameters(paramLabel = "FILE", description = "SIPRI trade register export (CSV).")
        Path input;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE",
                description = "Gazetteer file to write (default: ${DEFAULT-VALUE}).")
        Path output = Path.of("sipri-systems.tsv");

        @Override
        public Integer call() throws IOException {
            if (!Files.isRegularFile(input)) {
                throw new UsageException("input not found: " + input, null);
            }
            CountryGazetteer countries = CountryGazetteer.load(List.of());
            Set<String> known = new HashSet<>();
            for (GazetteerEntry entry : EntityGazetteers.load(List.of(), List.of(), countries)) {
                entry.surfaces().forEach(s -> known.add(Names.compact(s)));
            }
            SipriImporter.Result result;
            try (Reader reader = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
                result = new SipriImporter(countries, d -> known.contains(Names.compact(d))).read(reader);
            }
            try (Writer writer = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                SipriImporter.write(result, input.getFileName().toString(), writer);
            }
            System.err.printf("newsrel: %d SIPRI records → %d systems in %s (%d already in the shipped gazetteer, "
                    + "%d without a present-day supplier state)%n", result.records(), result.rows().size(), output,
                    result.skippedKnown(), result.skippedNoCountry());
            return NewsrelCli.OK;
        }
    }
}
