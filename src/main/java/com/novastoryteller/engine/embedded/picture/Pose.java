package com.novastoryteller.engine.embedded.picture;

/**
 * How a figure stands. Every figure, whatever its body, can hold something at the same point, {@link #HAND_X},
 * {@link #HAND_Y} from where it stands (before scaling): a child's raised hand, a penguin's flipper, a robot's claw.
 */
public enum Pose {
    /** Standing, arms down. */
    STANDING,
    /** One arm (paw, wing) raised to the hand point, holding the part's object or its string. */
    HOLDING,
    /** Both arms up: cheering, or startled. */
    ARMS_UP;

    public static final double HAND_X = 46;
    public static final double HAND_Y = -78;
}
