package com.novastoryteller.engine.embedded.reading;

import java.util.Locale;

/** The plot a goal asks for: mending a telescope is told one way, winning a race another. */
public enum Shape {
    MEND, MAKE, FIND, RESCUE, LEARN, WIN, DELIVER, EXPLORE, BEFRIEND, FACE_FEAR, SOLVE, GROW, SHARE, WISH, QUESTION;

    /** The phrase book of the shape: {@code writer/shapes/<id>.txt}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
