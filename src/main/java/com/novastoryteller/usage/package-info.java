/**
 * Usage: what each provider was asked to do and what it cost, per day ({@link com.novastoryteller.usage.ProviderUsage}),
 * the account a call is made for ({@link com.novastoryteller.usage.Payer}), and where a family's spend is added up
 * ({@link com.novastoryteller.usage.SpendLedger}). The engines report to it; the admin reads it; accounts keep the
 * ledger. Only counts are kept, never what was said.
 */
@NullMarked
package com.novastoryteller.usage;

import org.jspecify.annotations.NullMarked;
