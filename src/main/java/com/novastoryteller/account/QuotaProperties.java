package com.novastoryteller.account;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How many stories an account may start in a day (UTC), unless the admin gave it a limit of its own. */
@ConfigurationProperties("storyteller.quotas")
public record QuotaProperties(@DefaultValue("50") int storiesPerDay) {
}
