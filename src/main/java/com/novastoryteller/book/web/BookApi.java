package com.novastoryteller.book.web;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.novastoryteller.account.CurrentUser;
import com.novastoryteller.book.Book;
import com.novastoryteller.book.BookNotReady;
import com.novastoryteller.book.Books;
import com.novastoryteller.book.EpubBooks;
import com.novastoryteller.book.PdfBooks;
import com.novastoryteller.web.PlainText;
import com.novastoryteller.web.Problems;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/stories")
@Tag(name = "Books")
class BookApi {

    static final MediaType EPUB = MediaType.parseMediaType("application/epub+zip");

    private final Books books;
    private final PdfBooks pdf;
    private final EpubBooks epub;

    BookApi(Books books, PdfBooks pdf, EpubBooks epub) {
        this.books = books;
        this.pdf = pdf;
        this.epub = epub;
    }

    @Operation(summary = "The story as a printable picture book (PDF): a cover, then a page per part with its picture")
    @GetMapping("/{id}/export.pdf")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        Book book = books.book(user, id, false);
        return download(pdf.write(book), MediaType.APPLICATION_PDF, book.title() + ".pdf");
    }

    @Operation(summary = "The story as an EPUB 3 book that reads itself aloud, lighting up each word (once narrated)")
    @GetMapping("/{id}/export.epub")
    ResponseEntity<byte[]> epub(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        Book book = books.book(user, id, true);
        return download(epub.write(book), EPUB, book.title() + ".epub");
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> handle(BookNotReady e) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(Problems.of(HttpStatus.CONFLICT, "not-ready", "Not ready to be a book", e.getMessage()));
    }

    private static ResponseEntity<byte[]> download(byte[] file, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(PlainText.fileName(name), StandardCharsets.UTF_8).build().toString())
                .body(file);
    }
}
