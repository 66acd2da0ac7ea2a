package com.novastoryteller.book;

/** A story that is still being written (or could not be) has no book yet. */
public class BookNotReady extends RuntimeException {

    BookNotReady(String reason) {
        super(reason);
    }
}
