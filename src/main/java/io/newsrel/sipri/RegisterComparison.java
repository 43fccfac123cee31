package io.newsrel.sipri;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import io.newsrel.batch.FactsAggregator.Fact;
import io.newsrel.entities.CountryGazetteer;
import io.newsrel.entities.EntityGazetteers;
import io.newsrel.output.DocumentsFile;
import io.newsrel.output.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code newsrel facts compare-sipri}: every ARMS_TRANSFER fact of a facts.jsonl looked up in a
 * SIPRI trade register ({@link RegisterCheck}), one line per fact written to
 * {@value #FILE} (beside facts.jsonl by default, where the review report finds it), and the
 * totals an analyst reads first.
 */
public final class RegisterComparison {

    /** The file the comparison writes into an output folder. */
    public static final String FILE = "sipri-check.jsonl";

    /**
     * What a comparison found.
     *
     * @param facts          ARMS_TRANSFER facts with a recipient, looked up
     * @param inRegister     of them, matched by at least one order
     * @param notInRegister  of them, matched by none
     * @param misses         the not-in-register facts by reason
     * @param afterRegister  not-in-register facts whose every year is after the register's last year of order
     * @param withoutSystem  facts naming no system (matched on countries and years only)
     * @param orders         orders in the register
     * @param unlinkedOrders orders whose recipient or supplier is no present-day state
     * @param lastOrderYear  the register's latest year of order
     */
    @JsonPropertyOrder({"facts", "inRegister", "notInRegister", "misses", "afterRegister", "withoutSystem", "orders",
            "unlinkedOrders", "lastOrderYear"})
    public record Totals(int facts, int inRegister, int notInRegister, Map<String, Integer> misses, int afterRegister,
                         int withoutSystem, int orders, int unlinkedOrders, int lastOrderYear) {
    }

    private final SipriRegister register;
    private final RegisterCheck check;

    private RegisterComparison(SipriRegister register, RegisterCheck check) {
        this.register = register;
        this.check = check;
    }

    /**
     * Reads a register export and the shipped systems gazetteer (for designation variants).
     *
     * @param badRow told about each register row that cannot be used
     */
    public static RegisterComparison load(Path registerCsv, RegisterCheck.Window window, DocumentsFile.BadLine badRow)
            throws IOException {
        CountryGazetteer countries = CountryGazetteer.load(List.of());
        SipriRegister register;
        try (Reader in = Files.newBufferedReader(registerCsv, StandardCharsets.UTF_8)) {
            register = SipriRegister.read(in, registerCsv.toString(), countries, badRow);
        }
        Designations designations = new Designations(EntityGazetteers.load(List.of(), List.of(), countries));
        return new RegisterComparison(register, new RegisterCheck(register, designations, window));
    }

    public RegisterCheck check() {
        return check;
    }

    /**
     * Looks up every ARMS_TRANSFER fact of {@code factsJsonl} and writes one line per fact to
     * {@code out}; an unreadable facts line goes to {@code badLine} and the rest go on.
     */
    public Totals compare(Path factsJsonl, Path out, DocumentsFile.BadLine badLine) throws IOException {
        int facts = 0;
        int in = 0;
        int after = 0;
        int withoutSystem = 0;
        Map<String, Integer> misses = new TreeMap<>();
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (BufferedReader lines = Files.newBufferedReader(factsJsonl, StandardCharsets.UTF_8);
             Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                Fact fact;
                try {
                    fact = Json.MAPPER.readValue(line, Fact.class);
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    badLine.skipped(factsJsonl + ":" + number, "not a fact: " + e.getOriginalMessage());
                    continue;
                }
                if (!RegisterCheck.applies(fact)) {
                    continue;
                }
                RegisterCheck.Result result = check.check(fact);
                writer.write(Json.line(result));
                writer.write('\n');
                facts++;
                withoutSystem += result.designationCompared() ? 0 : 1;
                if (result.inRegister()) {
                    in++;
                } else {
                    misses.merge(result.miss().jsonName(), 1, Integer::sum);
                    after += result.afterRegister() ? 1 : 0;
                }
            }
        }
        return new Totals(facts, in, facts - in, misses, after, withoutSystem, register.size(), register.unlinked(),
                register.lastOrderYear());
    }

    /** Fact key → whether it is in the register, from a {@value #FILE}; empty when there is none. */
    public static Map<String, Boolean> inRegisterByKey(Path checkFile) throws IOException {
        Map<String, Boolean> byKey = new HashMap<>();
        if (!Files.isRegularFile(checkFile)) {
            return byKey;
        }
        try (BufferedReader lines = Files.newBufferedReader(checkFile, StandardCharsets.UTF_8)) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (!line.isBlank()) {
                    JsonNode node = Json.MAPPER.readTree(line);
                    byKey.put(node.path("key").asText(), node.path("inRegister").asBoolean());
                }
            }
        }
        return byKey;
    }
}
