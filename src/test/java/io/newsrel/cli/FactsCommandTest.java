package io.newsrel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsrel.CorpusOutput;
import io.newsrel.batch.ExtractJob;
import io.newsrel.model.RelationType;
import io.newsrel.output.Json;
import io.newsrel.sipri.RegisterComparison;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** newsrel facts compare-sipri on the facts of the corpus, with a register written for the test. */
class FactsCommandTest {

    private static final String REGISTER = String.join("\n",
            "Recipient,Supplier,Year of order, ,Number ordered, ,Weapon designation,Weapon description,Number delivered, ,"
                    + "Year(s) of delivery,status,Comments",
            "Egypt,Italy,2020,,2,,FREMM,frigate,2,,2020; 2021,New,",
            "Poland,South Korea,2022,,180,,K2 Black Panther,tank,46,,2022; 2023,New,", "");

    private static List<JsonNode> lines(Path file) throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            lines.add(Json.MAPPER.readTree(line));
        }
        return lines;
    }

    @Test
    void everyTransferFactGetsItsOrdersOrNotInRegister(@TempDir Path dir) throws IOException {
        Path register = dir.resolve("register.csv");
        Files.writeString(register, REGISTER);
        Path out = dir.resolve("check.jsonl");
        Cli.Run run = Cli.run("facts", "compare-sipri", register.toString(),
                CorpusOutput.dir().resolve(ExtractJob.FACTS).toString(), "-o", out.toString());
        assertEquals(NewsrelCli.OK, run.code(), run.err());

        long transfers = lines(CorpusOutput.dir().resolve(ExtractJob.FACTS)).stream()
                .filter(f -> f.get("type").asText().equals(RelationType.ARMS_TRANSFER.name())).count();
        List<JsonNode> checked = lines(out);
        assertEquals(transfers, checked.size());
        JsonNode fremm = checked.stream().filter(c -> c.get("key").asText().contains("system=FREMM")).findFirst().orElseThrow();
        assertTrue(fremm.get("inRegister").asBoolean(), fremm.toString());
        assertEquals("FREMM", fremm.at("/matches/0/designation").asText());
        long notIn = checked.stream().filter(c -> !c.get("inRegister").asBoolean()).count();
        assertTrue(notIn > 0 && notIn < transfers);
        assertTrue(run.out().contains("ARMS_TRANSFER facts: " + transfers + ", in the register: " + (transfers - notIn)),
                run.out());
        assertEquals(Boolean.TRUE, RegisterComparison.inRegisterByKey(out).get(fremm.get("key").asText()));
    }

    @Test
    void theReportMarksEachTransferInOrNotInTheRegister(@TempDir Path dir) throws IOException {
        Path register = dir.resolve("register.csv");
        Files.writeString(register, REGISTER);
        Path output = dir.resolve("output");
        Files.createDirectories(output);
        for (String file : List.of(ExtractJob.FACTS, "documents.jsonl")) {
            Files.copy(CorpusOutput.dir().resolve(file), output.resolve(file));
        }
        assertEquals(NewsrelCli.OK, Cli.run("facts", "compare-sipri", register.toString(),
                output.resolve(ExtractJob.FACTS).toString()).code());
        Cli.Run report = Cli.run("report", output.toString());
        assertEquals(NewsrelCli.OK, report.code(), report.err());

        String js = Files.readString(output.resolve("report/data/relations-0.js"));
        JsonNode rows = Json.MAPPER.readTree(js.substring(js.indexOf('['), js.lastIndexOf(')')));
        Map<Boolean, Long> byAnswer = new HashMap<>();
        for (JsonNode row : rows) {
            boolean transfer = row.get("type").asText().equals(RelationType.ARMS_TRANSFER.name());
            assertEquals(transfer, row.has("inRegister"), row.get("id") + " " + row.get("type"));
            if (transfer) {
                byAnswer.merge(row.get("inRegister").asBoolean(), 1L, Long::sum);
            }
        }
        assertTrue(byAnswer.getOrDefault(true, 0L) > 0 && byAnswer.getOrDefault(false, 0L) > 0, byAnswer.toString());
    }

    @Test
    void aMissingRegisterOrNeitherFactsNorGoldIsAUsageError(@TempDir Path dir) throws IOException {
        assertEquals(NewsrelCli.USAGE, Cli.run("facts", "compare-sipri", dir.resolve("none.csv").toString(),
                CorpusOutput.dir().resolve(ExtractJob.FACTS).toString()).code());
        Path register = dir.resolve("register.csv");
        Files.writeString(register, REGISTER);
        Cli.Run neither = Cli.run("facts", "compare-sipri", register.toString());
        assertEquals(NewsrelCli.USAGE, neither.code());
        assertTrue(neither.err().contains("give FACTS or --gold FILE"), neither.err());
    }
}
