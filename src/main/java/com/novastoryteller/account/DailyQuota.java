package com.novastoryteller.account;

/**
 * What an account may use in a day (UTC): its own limits where the admin set them, else the installation's.
 *
 * @param stories     new stories it may start
 * @param spendMicros what its provider calls may cost, estimated, in millionths of a US dollar
 */
public record DailyQuota(int stories, long spendMicros) {
}
