package com.novastoryteller.engine.embedded.picture;

import java.util.List;

import com.novastoryteller.engine.Scene.Mood;

/**
 * Everything a body plan needs to draw one figure: the pen, the kind and its parts, what the family's words say,
 * the pose and mood, the paints, and a seed from the figure's name so that what the words leave open is chosen
 * the same way every time.
 *
 * @param size  the figure's size against a child's; the group is scaled by it, so the hand point moves by 1/size
 */
record Sketch(Pen pen, Kind kind, Look look, Pose pose, Mood mood, Paints colours, long seed, double size, List<String> extras) {

    /** Where the raised hand must be, in the figure's own (scaled) coordinates, to be at the pose's hand point. */
    double handX() {
        return Pose.HAND_X / size;
    }

    double handY() {
        return Pose.HAND_Y / size;
    }

    boolean holding() {
        return pose == Pose.HOLDING;
    }

    boolean armsUp() {
        return pose == Pose.ARMS_UP;
    }

    /** One of n choices, the same for the same figure; salt tells apart the choices of one figure. */
    int pick(int salt, int n) {
        long mixed = (seed ^ (salt * 0x9E3779B97F4A7C15L)) * 0xBF58476D1CE4E5B9L;
        mixed ^= mixed >>> 31;
        return (int) Math.floorMod(mixed, (long) n);
    }

    boolean has(String extra) {
        return extras.contains(extra) || look.wears(extra);
    }
}
