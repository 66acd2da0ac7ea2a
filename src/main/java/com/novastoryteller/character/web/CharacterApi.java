package com.novastoryteller.character.web;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.novastoryteller.account.CurrentUser;
import com.novastoryteller.character.CharacterFields;
import com.novastoryteller.character.CharacterImport;
import com.novastoryteller.character.CharacterNotFound;
import com.novastoryteller.character.CharacterView;
import com.novastoryteller.character.Characters;
import com.novastoryteller.character.ImportResult;
import com.novastoryteller.character.LibraryImport;
import com.novastoryteller.engine.ImageStyle;
import com.novastoryteller.engine.Narrator;
import com.novastoryteller.media.PictureResponses;
import com.novastoryteller.web.PageParameters;
import com.novastoryteller.web.PagedResults;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/characters")
@Tag(name = "Characters")
class CharacterApi {

    private final Characters characters;
    private final LibraryImport imports;
    private final Narrator narrator;

    CharacterApi(Characters characters, LibraryImport imports, Narrator narrator) {
        this.characters = characters;
        this.imports = imports;
        this.narrator = narrator;
    }

    @Operation(summary = "Your character library, by name; q searches names, descriptions and traits")
    @GetMapping
    PagedResults<CharacterView> list(@AuthenticationPrincipal CurrentUser user,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(name = "page_size", defaultValue = "" + PageParameters.DEFAULT_SIZE) int pageSize,
            @RequestParam(required = false) @Nullable String q) {
        return PagedResults.of(characters.list(user, q, PageParameters.of(page, pageSize)));
    }

    @Operation(summary = "Add a character (201), or update the one with the same name, whatever its case (200)")
    @PostMapping
    ResponseEntity<CharacterView> create(@AuthenticationPrincipal CurrentUser user,
            @Valid @RequestBody CharacterFields fields) {
        Characters.Saved saved = characters.save(user, fields);
        return ResponseEntity.status(saved.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .location(location(saved.character())).body(saved.character());
    }

    @GetMapping("/{id}")
    CharacterView find(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return characters.find(user, id);
    }

    @Operation(summary = "Replace a character; fields left out are cleared")
    @PutMapping("/{id}")
    CharacterView replace(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
            @Valid @RequestBody CharacterFields fields) {
        return characters.replace(user, id, fields);
    }

    @Operation(summary = "Change some of a character's fields")
    @PatchMapping("/{id}")
    CharacterView patch(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
            @Valid @RequestBody CharacterFields changes) {
        return characters.patch(user, id, changes);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        characters.delete(user, id);
    }

    @Operation(summary = "A copy of the character under a new name")
    @PostMapping("/{id}/duplicate")
    ResponseEntity<CharacterView> duplicate(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        CharacterView copy = characters.duplicate(user, id);
        return ResponseEntity.created(location(copy)).body(copy);
    }

    @Operation(summary = "Draw the character's portrait again, with another look")
    @PostMapping("/{id}/regenerate-image")
    CharacterView regenerateImage(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return characters.regenerateImage(user, id);
    }

    @Operation(summary = "The character's portrait")
    @GetMapping("/{id}/image")
    ResponseEntity<Resource> image(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        Characters.Portrait portrait = characters.portrait(user, id).orElseThrow(() -> new CharacterNotFound(id));
        return PictureResponses.serving(portrait.mediaType(), CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
                .body(portrait.file());
    }

    @Operation(summary = "Import characters from JSON: one object or an array; known names are updated, nameless items skipped")
    @PostMapping("/import")
    ImportResult importAll(@AuthenticationPrincipal CurrentUser user, @RequestBody JsonNode file) {
        return imports.importAll(user, CharacterImport.read(file));
    }

    @Operation(summary = "The voices and picture styles a character can have")
    @GetMapping("/options")
    CharacterOptions options() {
        return new CharacterOptions(narrator.voices().stream()
                .map(voice -> new CharacterOptions.Option(voice.id(), voice.description())).toList(),
                Arrays.stream(ImageStyle.values())
                        .map(style -> new CharacterOptions.Option(style.id(), style.description())).toList());
    }

    record CharacterOptions(List<Option> voices, List<Option> imageStyles) {

        record Option(String id, String description) {
        }
    }

    private static URI location(CharacterView character) {
        return URI.create("/api/characters/" + character.id() + "/");
    }
}
