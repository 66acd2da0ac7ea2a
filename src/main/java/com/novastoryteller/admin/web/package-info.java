/** The admin module's HTTP entry points: its API, its pages and the problems they answer with. */
@NullMarked
package com.novastoryteller.admin.web;

import org.jspecify.annotations.NullMarked;
