package com.novastoryteller.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.novastoryteller.account.UserCounts;
import com.novastoryteller.generation.TaskFigures;
import com.novastoryteller.story.StoryStatus;

class StatsTests {

    private static final TaskFigures QUIET_DAY = new TaskFigures(0, 0, 0, 0, 0, 0, 0);

    @Test
    void everyStoryCountsOnceWhateverItsStatus() {
        Stats stats = Stats.of(new UserCounts(3, 2), Map.of(StoryStatus.READY, 5L, StoryStatus.FAILED, 1L), 4,
                QUIET_DAY, List.of());

        assertThat(stats.stories()).isEqualTo(new Stats.StoryCounts(6, 5, 0, 1));
        assertThat(stats.characters().total()).isEqualTo(4);
    }

    @Test
    void theDaysRatesAreRoundedAsAPersonReadsThem() {
        Stats stats = Stats.of(new UserCounts(1, 1), Map.of(),
                0, new TaskFigures(3, 2, 1, 0, 1234, 2 / 3.0, 4 / 3.0), List.of());

        assertThat(stats.successRate()).isEqualTo(0.667);
        assertThat(stats.averageAttempts()).isEqualTo(1.33);
        assertThat(stats.tasksLastDay()).isEqualTo(new Stats.TasksLastDay(3, 2, 1, 0));
        assertThat(stats.averageTaskMs()).isEqualTo(1234);
    }
}
