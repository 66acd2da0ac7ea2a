package com.novastoryteller.engine;

/** The kinds of content a story for children must not contain or be asked for. */
public enum SafetyCategory {
    VIOLENCE, SEXUAL, SELF_HARM, EATING_DISORDERS, WEAPONS_AND_DRUGS, HATE_AND_SWEARING, DANGEROUS_ACTS
}
