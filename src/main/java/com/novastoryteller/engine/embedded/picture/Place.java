package com.novastoryteller.engine.embedded.picture;

import java.util.function.Consumer;

/**
 * One drawable setting: its name, how it meets the sky and the light, and what paints it.
 *
 * @param name    the setting's name ("seaside", "space station")
 * @param kind    how much of the sky and weather it shows
 * @param painter paints the setting over (for {@link Kind#OPEN_AIR}) the sky, before the weather falls
 */
record Place(String name, Kind kind, Consumer<Brush> painter) {

    enum Kind {
        /** Under the open sky: the sky behind and the weather in front are painted around it. */
        OPEN_AIR(Light.Place.OUTDOORS),
        /** Open air that is always at night (a hill under the stars). */
        STARRY(Light.Place.OUTDOORS),
        /** Out of doors but under something (rock, water): it paints what it shows of the sky itself. */
        SHELTERED(Light.Place.OUTDOORS),
        /** A room, lit by its lamps: the sky and the weather only through its windows. */
        ROOM(Light.Place.INDOORS),
        /** Beyond the sky: no weather, and the light does not change with the hour. */
        SPACE(Light.Place.SPACE);

        final Light.Place light;

        Kind(Light.Place light) {
            this.light = light;
        }
    }
}
