package com.novastoryteller.generation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.novastoryteller.engine.Scene;
import com.novastoryteller.engine.Scene.TimeOfDay;
import com.novastoryteller.engine.Scene.Weather;

/** A part's time of day, weather and mood, from the words of it in lower case. */
final class Atmosphere {

    private static final Map<Scene.Mood, Pattern> FEELINGS = feelings();

    private Atmosphere() {
    }

    /** The time the part says; when it says none, the time its place in the story gives (none for {@code index} -1). */
    static TimeOfDay time(String text, int index) {
        if (text.matches("(?s).*\\b(night|moonlight|midnight|stars came out|bedtime|dark sky)\\b.*")) {
            return TimeOfDay.NIGHT;
        }
        if (text.matches("(?s).*\\b(evening|sunset|dusk|sun went down|supper)\\b.*")) {
            return TimeOfDay.EVENING;
        }
        if (text.matches("(?s).*\\b(morning|sunrise|dawn|breakfast)\\b.*")) {
            return TimeOfDay.MORNING;
        }
        // a part that does not say when is told as the day goes on: the first in the morning, the fourth at evening
        return index == 0 ? TimeOfDay.MORNING : index >= 3 ? TimeOfDay.EVENING : TimeOfDay.DAY;
    }

    static Weather weather(String text) {
        if (text.matches("(?s).*\\b(snow|snowflakes?|snowing)\\b.*")) {
            return Weather.SNOW;
        }
        if (text.matches("(?s).*\\b(rain|raining|rained|storm|puddles?|drizzle)\\b.*")) {
            return Weather.RAIN;
        }
        if (text.matches("(?s).*\\b(wind|windy|gust|breeze)\\b.*")) {
            return Weather.WIND;
        }
        if (text.matches("(?s).*\\b(clouds?|cloudy|grey sky|fog|foggy)\\b.*")) {
            return Weather.CLOUDY;
        }
        return Weather.CLEAR;
    }

    /** The feeling the part's words name most often; happy when they name none. */
    static Scene.Mood mood(String text) {
        Scene.Mood best = Scene.Mood.HAPPY;
        int most = 0;
        for (Map.Entry<Scene.Mood, Pattern> feeling : FEELINGS.entrySet()) {
            int count = 0;
            for (Matcher found = feeling.getValue().matcher(text); found.find(); ) {
                count++;
            }
            if (count > most) {
                best = feeling.getKey();
                most = count;
            }
        }
        return best;
    }

    private static Map<Scene.Mood, Pattern> feelings() {
        Map<Scene.Mood, Pattern> feelings = new LinkedHashMap<>();
        feelings.put(Scene.Mood.SCARED, Pattern.compile("\\b(scared|afraid|frightened|fright|shiver\\w*|trembl\\w*|"
                + "oh no|help!|dark|gulp|nervous|worried|worry)\\b"));
        feelings.put(Scene.Mood.SURPRISED, Pattern.compile("\\b(wow|gasp\\w*|surprise\\w*|suddenly|what is this|"
                + "amazed|astonish\\w*|whoa|look!)\\b"));
        feelings.put(Scene.Mood.SAD, Pattern.compile("\\b(sad|sadly|cried|cry|crying|tears?|lonely|sigh\\w*|gloomy|"
                + "missed|lost)\\b"));
        feelings.put(Scene.Mood.DETERMINED, Pattern.compile("\\b(tried|try|trying|again|stuck|hard|practis\\w*|"
                + "practic\\w*|kept going|never give up|brave)\\b"));
        feelings.put(Scene.Mood.HAPPY, Pattern.compile("\\b(happy|glad|hooray|laugh\\w*|smil\\w*|cheer\\w*|"
                + "proud|joy|yay|did it|giggl\\w*|party)\\b"));
        return feelings;
    }
}
