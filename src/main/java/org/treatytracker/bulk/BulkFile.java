package org.treatytracker.bulk;

/**
 * One CSV of the bulk download: its name in the zip, the endpoint whose CSV it is byte for byte
 * ({@code {iso3}} standing for every state of {@code states.csv}, in that order, under one header
 * row), and how many rows it holds under its header.
 */
public record BulkFile(String name, String endpoint, long rows) {
}
