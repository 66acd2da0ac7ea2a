package com.novastoryteller.story.web;

import static java.util.function.Predicate.not;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import com.novastoryteller.account.CurrentUser;
import com.novastoryteller.character.Characters;
import com.novastoryteller.engine.AgeBand;
import com.novastoryteller.engine.Conversation;
import com.novastoryteller.engine.StoryLength;
import com.novastoryteller.engine.Template;
import com.novastoryteller.engine.Transcriber;
import com.novastoryteller.media.ImageRefused;
import com.novastoryteller.media.ImageUploads;
import com.novastoryteller.story.DailyLimitReached;
import com.novastoryteller.story.Drawing;
import com.novastoryteller.story.NewStory;
import com.novastoryteller.story.Revision;
import com.novastoryteller.story.ShareLinks;
import com.novastoryteller.story.Stories;
import com.novastoryteller.story.StoryChanges;
import com.novastoryteller.story.StoryFilter;
import com.novastoryteller.story.StoryRevisions;
import com.novastoryteller.story.StoryStatus;
import com.novastoryteller.story.StoryView;
import com.novastoryteller.story.UnsafeRequest;
import com.novastoryteller.story.WholeStoryAudio;
import com.novastoryteller.web.InvalidRequest;
import com.novastoryteller.web.PageParameters;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

/**
 * The family's pages: the bookshelf, asking for a story, reading it as it is written, its versions, editing
 * and deleting.
 */
@Controller
class StoryPages {

    private static final int SHELF_SIZE = 12;
    /** What the new-story form sends; a field it does not have (the API's {@code age_band}, say) is pointed out. */
    private static final Set<String> FORM_FIELDS = Set.of("prompt", "title", "template", "ageBand", "length",
            "characterIds", "interactive", "image", "imageCaption", "_csrf");

    private final Stories stories;
    private final StoryRevisions revisions;
    private final ObjectProvider<ShareLinks> shareLinks;
    private final ImageUploads uploads;
    private final Characters characters;
    private final Transcriber transcriber;
    private final Conversation conversation;
    private final WholeStoryAudio wholeAudio;

    StoryPages(Stories stories, StoryRevisions revisions, ObjectProvider<ShareLinks> shareLinks, ImageUploads uploads,
            Characters characters, Transcriber transcriber, Conversation conversation, WholeStoryAudio wholeAudio) {
        this.wholeAudio = wholeAudio;
        this.characters = characters;
        this.transcriber = transcriber;
        this.conversation = conversation;
        this.uploads = uploads;
        this.stories = stories;
        this.revisions = revisions;
        this.shareLinks = shareLinks;
    }

    /** Whether a "Say it" button records for the server's transcriber, or lets the browser listen. */
    @ModelAttribute("serverTranscription")
    boolean serverTranscription() {
        return transcriber.isOn();
    }

    /** Whether the player offers the live storyteller (a spoken conversation about the story). */
    @ModelAttribute("liveConversation")
    boolean liveConversation() {
        return conversation.isOn();
    }

    @GetMapping("/stories")
    String myStories(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "1") int page, Model model) {
        Page<StoryView> shelf = stories.shelf(user, new StoryFilter(q, null, null),
                PageParameters.of(Math.max(page, 1), SHELF_SIZE));
        model.addAttribute("shelf", shelf);
        model.addAttribute("q", q == null ? "" : q);
        return "story/list";
    }

    @GetMapping("/stories/new")
    String newStory(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("form", new NewStory("", null, Template.ADVENTURE, AgeBand.AGES_5_7, null,
                StoryLength.SHORT, List.of(), false));
        return withChoices(user, model);
    }

    @PostMapping("/stories/new")
    String create(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") @Nullable NewStory form,
            BindingResult errors, @RequestParam(required = false) @Nullable MultipartFile image,
            @RequestParam(required = false) @Nullable String imageCaption, HttpServletRequest request, Model model)
            throws IOException {
        model.addAttribute("imageCaption", imageCaption == null ? "" : imageCaption);
        boolean unknownField = Collections.list(request.getParameterNames()).stream().anyMatch(not(FORM_FIELDS::contains));
        if (form == null || errors.hasErrors() || unknownField) {
            model.addAttribute("unknownField", unknownField);
            if (form == null) {
                model.addAttribute("form", asFarAsRead(errors));
                // Putting a form in the model drops the errors Spring kept for it, and they are what the page shows.
                model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
            }
            return withChoices(user, model);
        }
        try {
            return "redirect:/stories/" + stories.create(user, form, drawing(image, imageCaption)).id();
        }
        catch (InvalidRequest e) {
            model.addAttribute(e.errors().containsKey("character_ids") ? "charactersError" : "imageError", e.getMessage());
            return withChoices(user, model);
        }
        catch (ImageRefused e) {
            model.addAttribute("imageError", e.getMessage());
            return withChoices(user, model);
        }
        catch (UnsafeRequest e) {
            model.addAttribute("unsafe", true);
            model.addAttribute("suggestions", StoryProblems.SUGGESTIONS);
            model.addAttribute("support", e.needsSupport() ? StoryProblems.SUPPORT : null);
            return withChoices(user, model);
        }
        catch (DailyLimitReached e) {
            model.addAttribute("limitReached", e.getMessage());
            return withChoices(user, model);
        }
    }

    /** The child's drawing, cleaned, if a file was chosen: a form with no file chosen still sends an empty part. */
    private @Nullable Drawing drawing(@Nullable MultipartFile image, @Nullable String imageCaption) throws IOException {
        String caption = Drawing.caption(imageCaption);
        boolean chosen = image != null && !(image.isEmpty() && (image.getOriginalFilename() == null
                || image.getOriginalFilename().isEmpty()));
        return chosen ? new Drawing(uploads.clean(image.getBytes(), image.getOriginalFilename(), image.getContentType()),
                caption) : null;
    }

    @GetMapping("/stories/{id}")
    String read(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        List<Revision> newestFirst = new ArrayList<>(revisions.revisions(user, id));
        Collections.reverse(newestFirst);
        model.addAttribute("revisions", newestFirst);
        ShareLinks links = shareLinks.getIfAvailable();
        model.addAttribute("shareUrl", links == null ? null : links.linkTo(user, id).orElse(null));
        return showStory(stories.find(user, id), model);
    }

    @PostMapping("/stories/{id}/revisions/{revision}/restore")
    String restore(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable int revision) {
        revisions.restore(user, id, revision);
        return "redirect:/stories/" + id + "?restored";
    }

    @PostMapping("/stories/{id}/regenerate")
    String regenerate(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
            @Valid @ModelAttribute Modifications request, BindingResult errors, Model model) {
        if (errors.hasErrors()) {
            model.addAttribute("modificationsError", errors.getAllErrors().get(0).getDefaultMessage());
            return read(user, id, model);
        }
        try {
            revisions.regenerate(user, id, request.modifications());
            return "redirect:/stories/" + id;
        }
        catch (UnsafeRequest e) {
            model.addAttribute("unsafe", true);
            return read(user, id, model);
        }
        catch (DailyLimitReached e) {
            model.addAttribute("limitReached", e.getMessage());
            return read(user, id, model);
        }
    }

    @GetMapping("/stories/{id}/edit")
    String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("story", stories.find(user, id));
        return "story/edit";
    }

    @PostMapping("/stories/{id}/edit")
    String saveEdit(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
            @Valid @ModelAttribute StoryChanges changes, BindingResult errors, Model model) {
        if (errors.hasErrors() || changes.title() == null || changes.storyText() == null) {
            model.addAttribute("story", stories.find(user, id));
            model.addAttribute("invalid", true);
            return "story/edit";
        }
        try {
            stories.change(user, id, new StoryChanges(changes.title(), changes.storyText(), null, null));
            return "redirect:/stories/" + id + "?saved";
        }
        catch (UnsafeRequest e) {
            model.addAttribute("story", stories.find(user, id));
            model.addAttribute("unsafe", true);
            return "story/edit";
        }
    }

    @GetMapping("/stories/{id}/delete")
    String confirmDelete(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("story", stories.find(user, id));
        return "story/delete";
    }

    @PostMapping("/stories/{id}/delete")
    String delete(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        stories.delete(user, id);
        return "redirect:/stories?deleted";
    }

    private String showStory(StoryView story, Model model) {
        model.addAttribute("story", story);
        WholeStoryAudio.Hearing hearing = wholeAudio.hearing(story);
        model.addAttribute("hearing", hearing.name());
        // Without JavaScript nothing else tells the page that the story is written, or read aloud.
        model.addAttribute("refreshWithoutScript", story.status() == StoryStatus.GENERATING
                || hearing == WholeStoryAudio.Hearing.COMING);
        model.addAttribute("pageTitle", story.title().isBlank() ? "A new story" : story.title());
        return "story/read";
    }

    /**
     * The form when a choice could not be read ({@code template=bogus}) and Spring made none: what could be read,
     * and the default where it could not, beside the field's message.
     */
    private static NewStory asFarAsRead(BindingResult form) {
        return new NewStory(read(form, "prompt", String.class), read(form, "title", String.class),
                read(form, "template", Template.class), read(form, "ageBand", AgeBand.class),
                read(form, "language", String.class), read(form, "length", StoryLength.class),
                readList(form, "characterIds"), read(form, "interactive", Boolean.class));
    }

    private static <T> @Nullable T read(BindingResult form, String field, Class<T> type) {
        Object value = form.getFieldValue(field);
        return type.isInstance(value) ? type.cast(value) : null;
    }

    private static @Nullable List<String> readList(BindingResult form, String field) {
        return form.getFieldValue(field) instanceof List<?> values ? values.stream().map(String::valueOf).toList() : null;
    }

    private String withChoices(CurrentUser user, Model model) {
        model.addAttribute("library", characters.list(user, null, PageRequest.of(0, PageParameters.MAX_SIZE)).getContent());
        model.addAttribute("templates", Template.values());
        model.addAttribute("ageBands", List.of(
                new Choice(AgeBand.AGES_5_7.id(), "Ages 5–7"), new Choice(AgeBand.AGES_8_10.id(), "Ages 8–10"),
                new Choice(AgeBand.AGES_11_12.id(), "Ages 11–12"), new Choice(AgeBand.LEARNER.id(), "Learning English")));
        model.addAttribute("lengths", List.of(new Choice("short", "Short"), new Choice("medium", "Medium"),
                new Choice("long", "Long")));
        return "story/new";
    }

    record Choice(String id, String label) {
    }
}
