package com.novastoryteller.usage;

/** The providers a capability can be served by, with the id used in settings and the name a family reads. */
public enum Provider {

    OPENAI("openai", "OpenAI"),
    OLLAMA("ollama", "Ollama"),
    BEDROCK("bedrock", "Amazon Bedrock"),
    POLLY("polly", "Amazon Polly");

    private final String id;
    private final String displayName;

    Provider(String id, String displayName) {
        this.id = id;
        this.displayName = displayName;
    }

    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }
}
