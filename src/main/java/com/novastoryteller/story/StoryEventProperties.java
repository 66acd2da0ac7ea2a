package com.novastoryteller.story;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a node hears of story events written by other nodes, and how long events are kept for clients that
 * reconnect.
 *
 * @param pollInterval  how often a node with listeners reads the events table for news (on PostgreSQL a NOTIFY
 *                      wakes it at once, and the poll only covers a lost connection)
 * @param keep          how long an event stays in the table; a client that reconnects later is sent the story as
 *                      it stands instead of what it missed
 * @param pruneInterval how often old events are deleted
 */
@ConfigurationProperties("storyteller.events")
record StoryEventProperties(
        @DefaultValue("300ms") Duration pollInterval,
        @DefaultValue("1h") Duration keep,
        @DefaultValue("5m") Duration pruneInterval) {
}
