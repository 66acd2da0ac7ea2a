package com.novastoryteller.book;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;

import com.novastoryteller.account.CurrentUser;
import com.novastoryteller.narration.Narration.SpokenSegment;
import com.novastoryteller.narration.Narration;
import com.novastoryteller.story.Stories;
import com.novastoryteller.story.StoryPart;
import com.novastoryteller.story.StorySegment;
import com.novastoryteller.story.StoryStatus;
import com.novastoryteller.story.StoryView;
import com.novastoryteller.story.StoryWriting;

/** Gathers what a book of a story needs: its parts, their pictures, and (for a book that reads aloud) its voice. */
@Service
public class Books {

    private final Stories stories;
    private final StoryWriting writing;
    private final Narration narration;

    Books(Stories stories, StoryWriting writing, Narration narration) {
        this.stories = stories;
        this.writing = writing;
        this.narration = narration;
    }

    public Book book(CurrentUser user, UUID id, boolean withVoice) {
        StoryView story = stories.find(user, id);
        if (story.status() != StoryStatus.READY) {
            throw new BookNotReady(story.status() == StoryStatus.GENERATING
                    ? "The story is still being written; its book can be made once it is ready."
                    : "This story could not be written, so it has no book.");
        }
        Map<Integer, List<StorySegment>> byPart = writing.segments(id, story.revision()).stream()
                .collect(Collectors.groupingBy(StorySegment::part));
        List<Book.Page> pages = new ArrayList<>();
        for (StoryPart part : story.parts()) {
            BookPicture picture = part.illustration() == null ? null
                    : stories.illustration(user, id, name(part.illustration())).map(file -> BookPicture.of(name(part.illustration()), bytes(file)))
                            .orElse(null);
            pages.add(new Book.Page(part.index(), part.title(), byPart.getOrDefault(part.index(), List.of()), picture,
                    part.illustrationDescription()));
        }
        BookPicture cover = stories.picture(user, id).map(drawing -> BookPicture.ofImage(bytes(drawing.file())))
                .orElse(pages.isEmpty() ? null : pages.get(0).picture());
        Map<Integer, SpokenSegment> voice = !withVoice ? Map.of() : narration.spoken(id, story.revision())
                .map(spoken -> spoken.stream().collect(Collectors.toMap(each -> each.segment().seq(), Function.identity())))
                .orElse(Map.of());
        return new Book(id, story.title(), story.language(), story.createdAt(), cover, pages, voice);
    }

    private static String name(String url) {
        return url.substring(url.lastIndexOf('/') + 1);
    }

    static byte[] bytes(Resource file) {
        try {
            return file.getContentAsByteArray();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
