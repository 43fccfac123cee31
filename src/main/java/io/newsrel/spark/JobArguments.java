package io.newsrel.spark;

import java.util.ArrayList;
import java.util.List;

/**
 * The arguments of {@link ExtractJob}: {@code INPUT... --output DIR [--overwrite] [--config FILE]
 * [--set KEY=VALUE]... [--partitions N] [--master URL]}.
 *
 * @param inputs     files, folders or globs on any Hadoop filesystem
 * @param output     the output folder
 * @param config     a configuration file (read on the driver), or null
 * @param settings   {@code key=value} settings over it
 * @param partitions how many parts to split the input into at least (0: four per core)
 * @param master     the Spark master when not run by spark-submit (e.g. {@code local[2]}), or null
 * @param overwrite  whether an output folder that exists may be replaced
 */
public record JobArguments(List<String> inputs, String output, String config, List<String> settings,
                           int partitions, String master, boolean overwrite) {

    public static final String USAGE = "usage: io.newsrel.spark.ExtractJob INPUT... --output DIR [--overwrite]"
            + " [--config FILE] [--set KEY=VALUE]... [--partitions N] [--master URL]";

    public JobArguments {
        inputs = List.copyOf(inputs);
        settings = List.copyOf(settings);
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no input given; " + USAGE);
        }
        if (output == null) {
            throw new IllegalArgumentException("no --output given; " + USAGE);
        }
        if (partitions < 0) {
            throw new IllegalArgumentException("--partitions must not be negative: " + partitions);
        }
    }

    /**
     * Parses the command line.
     *
     * @param args the job's arguments
     * @return them, checked
     * @throws IllegalArgumentException for an unknown option or a missing value
     */
    public static JobArguments parse(String... args) {
        List<String> inputs = new ArrayList<>();
        List<String> settings = new ArrayList<>();
        String output = null;
        String config = null;
        String master = null;
        int partitions = 0;
        boolean overwrite = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--output", "-o" -> output = value(args, ++i, arg);
                case "--config" -> config = value(args, ++i, arg);
                case "--set" -> settings.add(value(args, ++i, arg));
                case "--master" -> master = value(args, ++i, arg);
                case "--overwrite" -> overwrite = true;
                case "--partitions" -> {
                    String n = value(args, ++i, arg);
                    try {
                        partitions = Integer.parseInt(n);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("--partitions needs a number: " + n);
                    }
                }
                default -> {
                    if (arg.startsWith("-")) {
                        throw new IllegalArgumentException("unknown option " + arg + "; " + USAGE);
                    }
                    inputs.add(arg);
                }
            }
        }
        return new JobArguments(inputs, output, config, settings, partitions, master, overwrite);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value; " + USAGE);
        }
        return args[i];
    }
}
