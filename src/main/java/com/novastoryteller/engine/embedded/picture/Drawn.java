package com.novastoryteller.engine.embedded.picture;

/**
 * What a picture made of something the story named: drawn as itself, as its nearest relative ("stoat" drawn as
 * an otter), or not at all.
 *
 * @param named    the story's word for it ("stoat", "the Sahara")
 * @param drawnAs  what was drawn ("otter", "desert"); the same as {@code named} when drawn exactly
 */
public record Drawn(String named, String drawnAs, How how) {

    public enum How {
        EXACTLY, APPROXIMATED, MISSING
    }

    public static Drawn exactly(String named) {
        return new Drawn(named, named, How.EXACTLY);
    }

    public static Drawn as(String named, String drawnAs) {
        return new Drawn(named, drawnAs, named.equals(drawnAs) ? How.EXACTLY : How.APPROXIMATED);
    }

    public static Drawn missing(String named) {
        return new Drawn(named, "", How.MISSING);
    }

    @Override
    public String toString() {
        return switch (how) {
            case EXACTLY -> named;
            case APPROXIMATED -> named + " (drawn as " + drawnAs + ")";
            case MISSING -> named + " (not drawn)";
        };
    }
}
