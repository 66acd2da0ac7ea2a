package com.novastoryteller.web;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The page behind each problem {@code type}, so that a developer who meets one can read what it means. */
@Controller
class ProblemTypePages {

    private static final Map<String, String> EXPLANATIONS = Map.ofEntries(
            Map.entry("validation", "Some fields of the request are missing or wrong; the 'errors' map names each one."),
            Map.entry("malformed-json", "The request body is not valid JSON."),
            Map.entry("unreadable-body", "The call needs a JSON body and got none, or one it could not read."),
            Map.entry("too-large", "The request body is larger than the call accepts."),
            Map.entry("unauthorized", "The call needs a signed-in user: send 'Authorization: Bearer <token>'."),
            Map.entry("forbidden", "The signed-in user may not do this."),
            Map.entry("wrong-credentials", "The username or e-mail and password do not match an active account."),
            Map.entry("too-many-attempts", "Too many wrong passwords, or too many sign-ups from one address: wait for the seconds that 'Retry-After' gives."),
            Map.entry("unsafe-request", "The safety filter refused the prompt or change; the answer suggests kinder ideas."),
            Map.entry("daily-limit", "The account has had as many stories written today (UTC) as it may (new ones, and rewrites, interruptions, next parts and choices), or its calls to AI providers have cost as much as they may; 'resets_at' and 'Retry-After' say when it can go on."),
            Map.entry("library-full", "The family's character library holds as many characters as this installation allows; delete one to make room."),
            Map.entry("conflict", "The username or e-mail is already taken (compared without case)."),
            Map.entry("refused", "The change is not allowed, for the reason the detail gives."),
            Map.entry("not-ready", "What was asked for does not exist yet (a story still being written or read aloud), or cannot exist, as the detail says."),
            Map.entry("not-found", "There is nothing at this address, or it is not yours to see."),
            Map.entry("provider-unavailable", "The AI provider this installation uses did not answer, and the offline engine was not allowed to stand in; try again later."),
            Map.entry("browser-transcription", "This installation turns speech into words in the browser, so it has no transcription service to send a recording to."),
            Map.entry("unsupported-audio", "The recording is not in a format the transcriber takes (WAV, WebM, Ogg, MP3, MP4 or M4A)."),
            Map.entry("bad-request", "The request could not be understood."),
            Map.entry("internal", "Something failed on the server; it has been logged."));

    @GetMapping("/problems/{kind}")
    String explain(@PathVariable String kind, org.springframework.ui.Model model) {
        String explanation = EXPLANATIONS.get(kind);
        if (explanation == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("kind", kind);
        model.addAttribute("explanation", explanation);
        return "problem-type";
    }
}
