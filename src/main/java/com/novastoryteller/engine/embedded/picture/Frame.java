package com.novastoryteller.engine.embedded.picture;

/**
 * Where a drawn body's parts are, for what is put on them: hats on the head, glasses over the eyes, a scarf at
 * the neck, a cape or a backpack behind the body, a wand in the free hand.
 *
 * @param headX  the head's centre and radius
 * @param eyeY   the eyes' height, their distance from the middle of the face and their radius
 * @param neckY  where the head meets the body, and half the neck's width there
 * @param bodyY  the body's centre, half its width and half its height
 * @param handX  the free hand (the one not holding the part's object)
 */
record Frame(double headX, double headY, double headR, double eyeY, double eyeGap, double eyeR, double neckY, double neckW,
        double bodyY, double bodyW, double bodyH, double handX, double handY) {

    double top() {
        return headY - headR;
    }
}
