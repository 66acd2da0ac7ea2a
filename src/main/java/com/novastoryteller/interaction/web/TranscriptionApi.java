package com.novastoryteller.interaction.web;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import com.novastoryteller.engine.Transcriber;
import com.novastoryteller.web.InvalidRequest;
import com.novastoryteller.web.Problems;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * A child's recorded words as text, by the configured transcriber. The recording is read into memory, handed to the
 * transcriber and dropped: it is never written anywhere.
 */
@RestController
@Tag(name = "Stories")
class TranscriptionApi {

    /** The formats browsers record in and transcribers take, by media type. */
    private static final Map<String, String> FORMATS = Map.of("audio/webm", "webm", "video/webm", "webm",
            "audio/ogg", "ogg", "audio/wav", "wav", "audio/x-wav", "wav", "audio/wave", "wav", "audio/mpeg", "mp3",
            "audio/mp4", "mp4", "audio/x-m4a", "m4a", "audio/m4a", "m4a");

    private final Transcriber transcriber;

    TranscriptionApi(Transcriber transcriber) {
        this.transcriber = transcriber;
    }

    record Transcription(String text) {
    }

    @Operation(summary = "A recording of a child's words as text; the recording is not kept")
    @PostMapping(path = "/api/transcriptions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<?> transcribe(@RequestPart(name = "audio", required = false) @Nullable MultipartFile audio,
            @RequestParam(name = "language", defaultValue = "en-US") String language) throws IOException {
        if (!transcriber.isOn()) {
            return problem(HttpStatus.CONFLICT, "browser-transcription", "Transcribed in the browser",
                    "This installation turns speech into words in the browser; there is no recording to send.");
        }
        if (audio == null || audio.isEmpty()) {
            throw new InvalidRequest("A recording is needed.", Map.of("audio", "Send the recording as 'audio'."));
        }
        if (!language.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
            throw new InvalidRequest("The language is not a language tag.", Map.of("language", "Use a tag such as en-US."));
        }
        Optional<String> format = format(audio).filter(transcriber.formats()::contains);
        if (format.isEmpty()) {
            return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-audio", "Not a recording we can hear",
                    "Send the recording as one of: " + String.join(", ", transcriber.formats().stream().sorted().toList())
                            + ".");
        }
        return ResponseEntity.ok(new Transcription(transcriber.transcribe(audio.getBytes(), format.get(), language)));
    }

    private static Optional<String> format(MultipartFile audio) {
        String type = audio.getContentType() == null ? "" : audio.getContentType();
        String bare = type.split(";")[0].strip().toLowerCase(Locale.ROOT);
        return Optional.ofNullable(FORMATS.get(bare));
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String kind, String title, String detail) {
        return ResponseEntity.status(status).body(Problems.of(status, kind, title, detail));
    }
}
