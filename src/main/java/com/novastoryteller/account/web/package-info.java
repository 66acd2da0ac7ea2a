/** The account module's HTTP entry points: its API, its pages and the problems they answer with. */
@NullMarked
package com.novastoryteller.account.web;

import org.jspecify.annotations.NullMarked;
