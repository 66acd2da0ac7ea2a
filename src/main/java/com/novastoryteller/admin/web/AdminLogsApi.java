package com.novastoryteller.admin.web;

import java.nio.file.Path;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.novastoryteller.admin.LogFiles;
import com.novastoryteller.admin.LogSearch;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The log files: listed, their last lines read (with a text or pattern filter), and downloaded. */
@RestController
@RequestMapping("/api/admin/logs")
@Tag(name = "Admin")
class AdminLogsApi {

    private final LogSearch logs;

    AdminLogsApi(LogSearch logs) {
        this.logs = logs;
    }

    @Operation(summary = "The log files, newest first")
    @GetMapping({ "", "/" })
    List<LogFiles.LogFile> list() {
        return logs.list();
    }

    @Operation(summary = "The last lines of a log file (10 to 5000), optionally only those with a text or matching a pattern")
    @GetMapping("/{file}")
    LogSearch.Tail tail(@PathVariable String file, @RequestParam(defaultValue = "200") int lines,
            @RequestParam(required = false) @Nullable String filter, @RequestParam(defaultValue = "false") boolean regex) {
        return logs.tail(file, lines, filter, regex);
    }

    @Operation(summary = "A whole log file")
    @GetMapping("/{file}/download")
    ResponseEntity<Resource> download(@PathVariable String file) {
        Path found = logs.file(file);
        return ResponseEntity.ok()
                .contentType(file.endsWith(".gz") ? MediaType.parseMediaType("application/gzip") : MediaType.TEXT_PLAIN)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new FileSystemResource(found));
    }
}
