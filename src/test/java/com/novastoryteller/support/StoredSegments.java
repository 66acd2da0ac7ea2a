package com.novastoryteller.support;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** A story's segments and their narration as the database holds them, read directly: what a test checks after a process was killed. */
public final class StoredSegments {

    private StoredSegments() {
    }

    /** The numbers of the story's stored segments, in order. */
    public static List<Integer> seqs(String url, String username, String password, String storyId) throws SQLException {
        try (var connection = DriverManager.getConnection(url, username, password);
                var statement = connection.prepareStatement("SELECT seq FROM story_segment WHERE story_id = ? ORDER BY seq")) {
            statement.setString(1, storyId);
            List<Integer> seqs = new ArrayList<>();
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    seqs.add(rows.getInt(1));
                }
            }
            return seqs;
        }
    }

    /** How many of the story's sentences are still queued to be voiced, or being voiced, on any node. */
    public static int narrationTasksLeft(String url, String username, String password, String storyId) throws SQLException {
        try (var connection = DriverManager.getConnection(url, username, password);
                var statement = connection.prepareStatement("SELECT COUNT(*) FROM narration_tasks WHERE task_instance LIKE ?")) {
            statement.setString(1, storyId + "/%");
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
