package com.novastoryteller.book;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ActiveProfiles;

import com.novastoryteller.account.Accounts;
import com.novastoryteller.account.CurrentUser;
import com.novastoryteller.story.NewStory;
import com.novastoryteller.story.Stories;
import com.novastoryteller.story.StorySegment;
import com.novastoryteller.story.StoryView;
import com.novastoryteller.story.StoryWriting;
import com.novastoryteller.support.Families;

/**
 * Books with what they use (story, narration and theirs), on the test database; generation is not started, so the
 * test writes the story's part and sentence itself through the story module's writing face.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
class BookModuleTests {

    @Autowired
    Accounts accounts;

    @Autowired
    Stories stories;

    @Autowired
    StoryWriting writing;

    @Autowired
    Books books;

    @Autowired
    PdfBooks pdf;

    @Autowired
    EpubBooks epub;

    @Test
    void aFinishedStoryExportsAsAPdfAndAnEpub() {
        CurrentUser mia = Families.open(accounts, "mia");
        StoryView asked = stories.create(mia, new NewStory("a turtle named Shelly who finds treasure",
                "Shelly's Treasure", null, null, null, null, null, null));
        writing.part(asked.id(), 1, 0, "The Shiny Shell");
        writing.segment(asked.id(), 1, new StorySegment(0, 0, StorySegment.NARRATOR, "Shelly found a shiny shell."));
        writing.finish(asked.id(), 1);

        Book book = books.book(mia, asked.id(), false);
        assertThat(book.title()).isEqualTo("Shelly's Treasure");
        assertThat(book.pages()).hasSize(1);

        byte[] pdfFile = pdf.write(book);
        assertThat(new String(Arrays.copyOf(pdfFile, 5), StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        byte[] epubFile = epub.write(book);
        assertThat(new String(Arrays.copyOf(epubFile, 2), StandardCharsets.US_ASCII)).isEqualTo("PK");
        assertThat(new String(epubFile, StandardCharsets.ISO_8859_1)).contains("application/epub+zip");
    }
}
