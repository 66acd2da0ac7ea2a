package com.novastoryteller.usage;

import java.util.UUID;

/** Where the estimated cost of a family's provider calls is added up, for its daily spend limit. */
public interface SpendLedger {

    void spent(UUID account, long costMicros);
}
