package com.novastoryteller.engine.provider;

import java.util.EnumSet;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.novastoryteller.engine.SafetyCategory;
import com.novastoryteller.engine.SafetyFilter;
import com.novastoryteller.engine.SafetyVerdict;
import com.novastoryteller.engine.embedded.EmbeddedSafetyFilter;
import com.novastoryteller.usage.Provider;
import com.novastoryteller.usage.ProviderUsage;
import com.novastoryteller.usage.Usage;

/**
 * A provider's safety judgement behind the offline word lists: a text the lists refuse is refused without a call;
 * any other is asked about, and what the provider flags is refused too. When the provider cannot answer, the word
 * lists' verdict stands, so a provider never lets through what the offline filter would stop.
 */
public abstract class BehindWordLists implements SafetyFilter {

    private static final Logger log = LoggerFactory.getLogger(BehindWordLists.class);

    private final SafetyFilter wordLists = new EmbeddedSafetyFilter();
    private final Provider provider;
    private final ProviderUsage usage;

    protected BehindWordLists(Provider provider, ProviderUsage usage) {
        this.provider = provider;
        this.usage = usage;
    }

    /** What the provider flags in a text: empty when it flags nothing. */
    protected abstract Set<SafetyCategory> flagged(String text);

    @Override
    public SafetyVerdict check(String text) {
        return behind(wordLists.check(text), text);
    }

    /** A written line meets the offline filter as a written line (read less suspiciously than a request), then the provider. */
    @Override
    public SafetyVerdict checkWritten(String line) {
        return behind(wordLists.checkWritten(line), line);
    }

    private SafetyVerdict behind(SafetyVerdict offline, String text) {
        if (!offline.isSafe() || text.isBlank()) {
            return offline;
        }
        try {
            Set<SafetyCategory> flagged = EnumSet.noneOf(SafetyCategory.class);
            flagged.addAll(flagged(text));
            usage.used(provider, "safety", Usage.NONE);
            return new SafetyVerdict(flagged);
        }
        catch (RuntimeException failure) {
            usage.failed(provider, "safety");
            log.warn("{} could not judge a text ({}); the word lists' verdict stands", provider.displayName(),
                    failure.getClass().getSimpleName());
            return offline;
        }
    }
}
