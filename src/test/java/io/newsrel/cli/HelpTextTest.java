package io.newsrel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/** The help of every command reads well at 80 columns and can be copied from. */
class HelpTextTest {

    private static List<CommandLine> allCommands() {
        List<CommandLine> all = new ArrayList<>();
        collect(NewsrelCli.commandLine(), all);
        return all;
    }

    private static void collect(CommandLine command, List<CommandLine> all) {
        all.add(command);
        command.getSubcommands().values().stream().distinct().forEach(sub -> collect(sub, all));
    }

    private static String help(CommandLine command) {
        command.setUsageHelpWidth(80);
        return command.getUsageMessage(CommandLine.Help.Ansi.OFF);
    }

    @Test
    void everyCommandHasAOneLineSummaryThatEndsASentence() {
        for (CommandLine command : allCommands()) {
            CommandSpec spec = command.getCommandSpec();
            if (spec.parent() == null || spec.name().equals("help")) {
                continue;
            }
            String[] header = spec.usageMessage().header();
            assertEquals(1, header.length, spec.qualifiedName());
            assertTrue(header[0].endsWith("."), spec.qualifiedName() + ": " + header[0]);
        }
        String top = help(NewsrelCli.commandLine());
        List<String> commandList = top.lines().dropWhile(l -> !l.equals("Commands:")).skip(1)
                .takeWhile(l -> !l.isBlank()).toList();
        assertTrue(commandList.size() >= 8, top);
        for (String line : commandList) {
            assertFalse(line.strip().endsWith(":"), "a summary ends in ':': " + line);
        }
    }

    @Test
    void noWordOptionOrPathIsBrokenAcrossLines() {
        // picocli wraps long text at 80 columns and may break after a dot or hyphen ("output.
        // tokens=true"), which breaks copying; every word of every description must come out whole
        List<String> broken = new ArrayList<>();
        for (CommandLine command : allCommands()) {
            CommandSpec spec = command.getCommandSpec();
            String rendered = help(command);
            List<String> texts = new ArrayList<>();
            texts.addAll(Arrays.asList(spec.usageMessage().header()));
            texts.addAll(Arrays.asList(spec.usageMessage().description()));
            for (ArgSpec arg : spec.args().stream().filter(a -> !a.hidden()).toList()) {
                texts.addAll(Arrays.asList(arg.description()));
            }
            texts.stream().flatMap(t -> Stream.of(t.split("\\s+")))
                    .filter(word -> !word.contains("${") && !word.contains("%n"))
                    .filter(word -> !rendered.contains(word))
                    .forEach(word -> broken.add(spec.qualifiedName() + " --help breaks '" + word + "'"));
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void theSetExampleCanBeCopied() {
        String extract = help(NewsrelCli.commandLine().getSubcommands().get("extract"));
        assertTrue(extract.contains("--set output.tokens=true"), extract);
    }
}
