package com.novastoryteller.engine.embedded;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import com.novastoryteller.engine.StoryCharacter;
import com.novastoryteller.engine.Template;
import com.novastoryteller.engine.embedded.reading.Being;
import com.novastoryteller.engine.embedded.reading.Being.Gender;
import com.novastoryteller.engine.embedded.reading.StoryIdea;

/**
 * Who is in the story: every hero the child named (two robots are two heroes, each speaking in turn), how the
 * story speaks of them together ("Cog and Sprocket", "they"), the others the child named, and the library
 * characters the child chose. A request that names no one gets a hero who fits the kind of story.
 */
record Cast(List<Hero> heroes, Pronouns pronouns, List<Being> others, List<StoryCharacter> characters) {

    /** A hero as the story calls them ("Pebble", "the penguin"), what they are, and the label their lines carry. */
    record Hero(String called, @Nullable String kind, String introduction, String speaker, Pronouns pronouns) {

        boolean isTheChild() {
            return called.equals(YOU_CALLED);
        }
    }

    /** How the story calls the child who asked for it, when the child is one of its heroes. */
    static final String YOU_CALLED = "you";

    record Pronouns(String they, String them, String their, String themselves, boolean plural) {
        static final Pronouns SHE = new Pronouns("she", "her", "her", "herself", false);
        static final Pronouns HE = new Pronouns("he", "him", "his", "himself", false);
        static final Pronouns IT = new Pronouns("it", "it", "its", "itself", false);
        static final Pronouns THEY = new Pronouns("they", "them", "their", "themselves", true);
        /** The child listening, when the child is in the story: "you" takes "were" as "they" does. */
        static final Pronouns YOU = new Pronouns("you", "you", "your", "yourself", true);
        static final Pronouns YOU_ALL = new Pronouns("you", "you", "your", "yourselves", true);
    }

    private static final List<String> GIRLS = List.of("Mia", "Zara", "Lily", "Nora", "Ada", "Iris", "Amelie", "Priya",
            "Rosa", "Hana", "Elsie", "Maya");
    private static final List<String> BOYS = List.of("Leo", "Omar", "Finn", "Kai", "Theo", "Sami", "Arlo", "Ravi",
            "Jonah", "Felix", "Mateo", "Ezra");

    static Cast of(StoryIdea idea, List<StoryCharacter> characters, Template template, StoryTeller teller) {
        List<Hero> heroes = new ArrayList<>();
        for (Being being : idea.heroes()) {
            heroes.add(hero(being, teller));
        }
        if (heroes.isEmpty()) {
            heroes.add(invented(template, teller));
        }
        // "Kwame and you", as one says it: the child comes last, and the story's lead is the hero the child named.
        boolean withTheChild = heroes.removeIf(Hero::isTheChild);
        if (withTheChild) {
            heroes.add(new Hero(YOU_CALLED, null, "", "YOU", Pronouns.YOU));
        }
        Pronouns together = withTheChild ? (heroes.size() > 1 ? Pronouns.YOU_ALL : Pronouns.YOU)
                : heroes.size() > 1 ? Pronouns.THEY : heroes.get(0).pronouns();
        return new Cast(List.copyOf(heroes), together, idea.others(), List.copyOf(characters));
    }

    private static Hero hero(Being being, StoryTeller teller) {
        Pronouns pronouns = YOU_CALLED.equals(being.name()) ? Pronouns.YOU : being.isPlural() ? Pronouns.THEY
                : being.gender() == Gender.FEMALE ? Pronouns.SHE : being.gender() == Gender.MALE ? Pronouns.HE
                : being.name() == null && !isAlive(being) ? Pronouns.IT : teller.chance(50) ? Pronouns.SHE : Pronouns.HE;
        String called = being.called();
        String kind = being.kind();
        String introduction = introduction(being);
        String speaker = being.name() != null ? being.name() : being.relation() != null && kind != null ? kind
                : called.replaceFirst("^the ", "").replaceFirst("^(two|three|four|five|six|seven|eight|nine|ten) ", "");
        return new Hero(called, kind, introduction, speaker.toUpperCase(Locale.ROOT), pronouns);
    }

    private static boolean isAlive(Being being) {
        return being.kind() != null && com.novastoryteller.engine.embedded.reading.Language.get().lexicon()
                .sortOf(being.kind()).isAlive();
    }

    /** "Pebble was a penguin.", "Rex was my dog."; the teller puts "an" where the next word wants it. */
    private static String introduction(Being being) {
        if (being.name() == null || being.kind() == null) {
            return "";
        }
        if (being.relation() != null) {
            return being.name() + " was " + being.relation() + ".";
        }
        return being.name() + " was a " + being.describedKind() + ".";
    }

    private static Hero invented(Template template, StoryTeller teller) {
        boolean girl = teller.chance(50);
        String name = teller.pick(girl ? GIRLS : BOYS);
        String kind = switch (template) {
            case MYSTERY -> "young detective";
            case SCI_FI -> "young space explorer";
            case EDUCATIONAL -> "curious child";
            default -> girl ? "brave girl" : "brave boy";
        };
        return new Hero(name, kind, name + " was a " + kind + ".", name.toUpperCase(Locale.ROOT),
                girl ? Pronouns.SHE : Pronouns.HE);
    }

    /** All heroes as one: "Pebble", "Cog and Sprocket", "Mitten, Muffin and Moss". */
    String together() {
        List<String> names = heroes.stream().map(Hero::called).toList();
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /** The heroes once more in the closing line, a single named one with what they are: "Sunny the sunflower". */
    String namedWithKind() {
        Hero only = heroes.get(0);
        boolean named = heroes.size() == 1 && only.kind() != null && !only.called().startsWith("the ");
        return named ? only.called() + " the " + only.kind() : together();
    }

    Hero lead() {
        return heroes.get(0);
    }

    /** Someone other than the lead who is along for the story: the second hero, a named other, or a library character. */
    @Nullable String friend() {
        if (heroes.size() > 1) {
            return heroes.get(1).called();
        }
        if (!characters.isEmpty()) {
            return characters.get(0).name();
        }
        return null;
    }
}
