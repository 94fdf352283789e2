package dev.iamgate.cli;

/** What one run of the command line did: exit code and the text on each stream. */
record CliResult(int exitCode, String out, String err) {}
