package com.novastoryteller.support;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import javax.sql.DataSource;

/** Reads every row of every table of the application's schema, looking for given values anywhere in them. */
public final class DatabaseScan {

    private DatabaseScan() {
    }

    /** Where any of the needles turns up: "table.column: needle", for each hit; without regard to case. */
    public static List<String> find(DataSource dataSource, Collection<String> needles) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            String quote = connection.getMetaData().getIdentifierQuoteString();
            for (String table : tables(connection)) {
                try (Statement statement = connection.createStatement();
                        ResultSet rows = statement.executeQuery("SELECT * FROM " + quote + table + quote)) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int column = 1; column <= columns; column++) {
                            String value = rows.getString(column);
                            for (String needle : needles) {
                                if (value != null && value.toLowerCase().contains(needle.toLowerCase())) {
                                    found.add(table + "." + rows.getMetaData().getColumnName(column) + ": " + needle);
                                }
                            }
                        }
                    }
                }
            }
        }
        return found;
    }

    /** The tables the scan reads, so that a test can tell it looked at something. */
    public static List<String> tables(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        List<String> tables = new ArrayList<>();
        try (ResultSet found = meta.getTables(connection.getCatalog(), connection.getSchema(), "%", new String[] { "TABLE" })) {
            while (found.next()) {
                tables.add(found.getString("TABLE_NAME"));
            }
        }
        return tables;
    }
}
