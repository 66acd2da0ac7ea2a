package com.novastoryteller.engine;

/** Judges a prompt, a change or a written line before it reaches a child. */
public interface SafetyFilter {

    SafetyVerdict check(String text);
}
