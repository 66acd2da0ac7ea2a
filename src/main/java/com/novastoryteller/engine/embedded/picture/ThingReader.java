package com.novastoryteller.engine.embedded.picture;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import com.novastoryteller.engine.embedded.reading.Language;
import com.novastoryteller.engine.embedded.reading.Lexicon;

/**
 * Reads the story's words for a thing ("Grandma's old piano", "kites", "the golden key", "a slice of cake") into
 * the drawing that shows it: its own, a near relative's, or the plain parcel when nothing is related.
 */
final class ThingReader {

    /** The drawing for a thing, in the colour its words give it (null for its usual one). */
    record Choice(ThingDrawing drawing, @Nullable String tint, boolean exact) {

        Drawn drawn(String named) {
            return exact ? Drawn.exactly(named) : Drawn.as(named, drawing.name());
        }
    }

    private static final int LONGEST_NAME = 3;
    /** What can be drawn as a relative: "courage" or "Tuesday" is no thing, and no drawing of one would do. */
    private static final Set<Lexicon.Sort> DRAWABLE = Set.of(Lexicon.Sort.THING, Lexicon.Sort.FOOD, Lexicon.Sort.PLANT,
            Lexicon.Sort.NATURE, Lexicon.Sort.MACHINE, Lexicon.Sort.ANIMAL);
    private static final Set<String> LEADING = Set.of("a", "an", "the", "some", "any", "my", "your", "his", "her", "its",
            "our", "their", "this", "that", "these", "those", "one", "two", "three", "four", "five", "many", "few",
            "several", "lots", "another", "every", "each", "no", "all");
    /** Where the words about the thing end: "a message in a bottle" is about the message. */
    private static final Set<String> AFTERWARDS = Set.of("of", "in", "with", "for", "on", "from", "to", "at", "under",
            "by", "that", "which", "who", "and", "or", "full", "made");
    /** "A slice of cake" is cake; "a cup of tea" stays a cup. */
    private static final Set<String> MEASURES = Set.of("piece", "pieces", "slice", "slices", "bit", "bits", "bunch",
            "pair", "handful", "lot", "lots", "kind", "sort", "bag", "bags", "box", "boxes", "bundle", "heap", "pile",
            "stack", "sack", "loaf", "bar", "scoop", "scoops", "string");

    private ThingReader() {
    }

    static Choice read(String words, ThingLibrary library) {
        List<String> tokens = withoutDeterminers(tokens(words));
        // "a message in a bottle" and "a cup of tea" are drawings' own names, before "in" and "of" cut them short
        Choice whole = known(String.join(" ", tokens), null, library);
        if (whole != null) {
            return whole;
        }
        String tint = null;
        List<String> naming = new ArrayList<>();
        List<String> about = aboutTheThing(tokens);
        for (int n = 0; n < about.size(); n++) {
            String colour = Colours.named(about.get(n));
            // the last word is the thing even when it is a colour: "an orange" is a fruit
            if (colour != null && n < about.size() - 1) {
                tint = tint == null ? colour : tint;
            }
            else {
                naming.add(about.get(n));
            }
        }
        for (int size = Math.min(LONGEST_NAME, naming.size()); size >= 1; size--) {
            List<String> last = naming.subList(naming.size() - size, naming.size());
            Choice known = known(last, tint, library);
            if (known != null) {
                return known;
            }
            String compound = size > 1 ? compound(last) : null;
            ThingDrawing relative = compound != null ? relative(compound, library) : null;
            if (relative != null) {
                return approximated(relative, tint, library);
            }
        }
        return approximated(naming.isEmpty() ? null : relative(singular(naming.get(naming.size() - 1)), library), tint,
                library);
    }

    /** The relative in the words' colour; the parcel stands for what it does not show, so it keeps its own plain one. */
    private static Choice approximated(@Nullable ThingDrawing relative, @Nullable String tint, ThingLibrary library) {
        if (relative == null || relative.name().equals(ThingLibrary.PARCEL)) {
            return new Choice(library.named(ThingLibrary.PARCEL), null, false);
        }
        return new Choice(relative, tint, false);
    }

    /** The drawing the words name, as written or with the last one singular ("kites", "hot air balloons"). */
    private static @Nullable Choice known(List<String> words, @Nullable String tint, ThingLibrary library) {
        String start = String.join(" ", words.subList(0, words.size() - 1));
        String last = words.get(words.size() - 1);
        List<String> forms = new ArrayList<>();
        forms.add(last);
        forms.addAll(regularSingulars(last));
        for (String form : forms) {
            Choice known = known(joined(start, form), tint, library);
            if (known != null) {
                return known;
            }
        }
        String singular = singular(last);
        return singular.equals(last) ? null : known(joined(start, singular), tint, library);
    }

    private static @Nullable Choice known(String name, @Nullable String tint, ThingLibrary library) {
        ThingDrawing itself = library.itself(name);
        if (itself != null) {
            return new Choice(itself, tint, true);
        }
        ThingDrawing alike = library.alike(name);
        return alike != null ? new Choice(alike, tint, false) : null;
    }

    /**
     * The WordNet noun the words make together, if they do: "a flying saucer" is no saucer. (WordNet reads "broken
     * telescope" as "telescope", so a compound must keep its space.)
     */
    private static @Nullable String compound(List<String> words) {
        Lexicon lexicon = Language.get().lexicon();
        String lemma = lexicon.nounLemma(String.join(" ", words));
        return lemma.contains(" ") && lexicon.isNoun(lemma) ? lemma : null;
    }

    /** The drawing of the noun's nearest relative in WordNet, if the noun names a thing and anything drawn is related. */
    private static @Nullable ThingDrawing relative(String noun, ThingLibrary library) {
        Lexicon lexicon = Language.get().lexicon();
        if (!DRAWABLE.contains(lexicon.sortOf(noun))) {
            return null;
        }
        String nearest = lexicon.nearest(noun, library.relatives());
        return nearest == null ? null : library.relative(nearest);
    }

    /** WordNet's singular ("mice", "geese"), asked only when the regular ones fail: it takes seconds to load the first time. */
    private static String singular(String word) {
        return Language.get().lexicon().singular(word);
    }

    private static List<String> tokens(String words) {
        String plain = words.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("[^a-z' -]", " ");
        List<String> tokens = new ArrayList<>();
        String[] split = plain.strip().split("\\s+");
        for (int n = 0; n < split.length; n++) {
            String token = split[n].replaceAll("^['-]+|['-]+$", "");
            boolean possessive = split[n].endsWith("'s") || split[n].endsWith("s'");
            // "Grandma's piano" is a piano; the owner says nothing about how it looks
            if (!token.isEmpty() && !(possessive && n < split.length - 1)) {
                tokens.add(token.endsWith("'s") ? token.substring(0, token.length() - 2) : token);
            }
        }
        return tokens;
    }

    private static List<String> withoutDeterminers(List<String> tokens) {
        int start = 0;
        while (start < tokens.size() && LEADING.contains(tokens.get(start))) {
            start++;
        }
        return tokens.subList(start, tokens.size());
    }

    /** The words naming the thing itself, without what comes after "of", "in" or "with" ("a slice of cake" is cake). */
    private static List<String> aboutTheThing(List<String> tokens) {
        for (int n = 1; n < tokens.size(); n++) {
            if (AFTERWARDS.contains(tokens.get(n))) {
                if (tokens.get(n).equals("of") && MEASURES.contains(tokens.get(n - 1))) {
                    return aboutTheThing(withoutDeterminers(tokens.subList(n + 1, tokens.size())));
                }
                return tokens.subList(0, n);
            }
        }
        return tokens;
    }


    /** The regular singulars a plural may have: "berries", "leaves", "boxes", "kites". */
    private static List<String> regularSingulars(String word) {
        List<String> singulars = new ArrayList<>();
        if (word.endsWith("ies")) {
            singulars.add(word.substring(0, word.length() - 3) + "y");
        }
        if (word.endsWith("ves")) {
            singulars.add(word.substring(0, word.length() - 3) + "f");
            singulars.add(word.substring(0, word.length() - 3) + "fe");
        }
        if (word.endsWith("es")) {
            singulars.add(word.substring(0, word.length() - 2));
        }
        if (word.endsWith("s") && !word.endsWith("ss")) {
            singulars.add(word.substring(0, word.length() - 1));
        }
        return singulars;
    }

    private static String joined(String start, String last) {
        return start.isEmpty() ? last : start + " " + last;
    }
}
