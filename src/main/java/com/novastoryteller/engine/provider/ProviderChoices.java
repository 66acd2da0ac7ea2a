package com.novastoryteller.engine.provider;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import com.novastoryteller.usage.Provider;

/**
 * Who serves each capability on this installation, as {@code storyteller.providers.*} configures it:
 * for the admin's diagnostics, and for the account page that tells a family what leaves this machine.
 */
@Component
public class ProviderChoices {

    /** The capabilities, each with the setting's name, what it does in a family's words, and its default. */
    public enum Capability {
        WRITER("writer", "writing stories", "embedded"),
        NARRATOR("narrator", "reading stories aloud", "embedded"),
        ILLUSTRATOR("illustrator", "painting pictures and portraits", "embedded"),
        DESCRIBER("describer", "looking at drawings", "embedded"),
        TRANSCRIBER("transcriber", "hearing what is said to \"Say it\"", "browser"),
        SAFETY("safety", "checking that words are kind", "embedded"),
        CONVERSATION("conversation", "talking with the storyteller", "off");

        private final String setting;
        private final String purpose;
        private final String byDefault;

        Capability(String setting, String purpose, String byDefault) {
            this.setting = setting;
            this.purpose = purpose;
            this.byDefault = byDefault;
        }

        public String setting() {
            return setting;
        }

        public String purpose() {
            return purpose;
        }
    }

    /** A capability and the engine or provider chosen for it; {@code provider} is set when it is one. */
    public record Choice(Capability capability, String chosen, Optional<Provider> provider) {
    }

    private final Environment environment;

    public ProviderChoices(Environment environment) {
        this.environment = environment;
    }

    public List<Choice> all() {
        return Arrays.stream(Capability.values()).map(this::choice).toList();
    }

    /** The capabilities whose data goes to a provider rather than staying with the embedded engines. */
    public List<Choice> provided() {
        return all().stream().filter(choice -> choice.provider().isPresent()).toList();
    }

    /** Whether any capability is switched to one of {@code providers}. */
    public boolean uses(Provider... providers) {
        List<Provider> wanted = List.of(providers);
        return all().stream().anyMatch(choice -> choice.provider().filter(wanted::contains).isPresent());
    }

    /** Whether "Say it" uses the browser's own speech recognition, which some browsers send to their maker's service. */
    public boolean browserHears() {
        return choice(Capability.TRANSCRIBER).chosen().equals("browser");
    }

    private Choice choice(Capability capability) {
        String chosen = environment.getProperty("storyteller.providers." + capability.setting(), capability.byDefault);
        Optional<Provider> provider = Arrays.stream(Provider.values())
                .filter(candidate -> candidate.id().equals(chosen)).findFirst();
        return new Choice(capability, chosen, provider);
    }
}
