package org.treatytracker.startup;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where a {@code jdbc:postgresql://host:port/database} URL points, for messages an operator acts on. */
public record DatabaseAddress(String host, String port, String database) {

    private static final Pattern URL = Pattern.compile("jdbc:postgresql://([^/?:]*|\\[[^]]*])(?::(\\d+))?/([^?]*).*");

    /** The parts of {@code url}; one that is not of that form is named whole as the host. */
    public static DatabaseAddress of(String url) {
        Matcher parts = URL.matcher(url);
        if (!parts.matches()) {
            return new DatabaseAddress(url, "5432", "treaty_tracker");
        }
        return new DatabaseAddress(parts.group(1), parts.group(2) == null ? "5432" : parts.group(2), parts.group(3));
    }

    public String server() {
        return host + ":" + port;
    }

    /** The command that creates the database, owned by {@code owner}. */
    public String createdb(String owner) {
        return "createdb -h " + host + " -p " + port + " -O " + owner + " " + database;
    }
}
