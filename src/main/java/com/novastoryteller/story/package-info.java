/**
 * Stories: a child's prompt, the story written from it, its parts and revisions, and the pages where
 * a family finds and reads them.
 */
@NullMarked
package com.novastoryteller.story;

import org.jspecify.annotations.NullMarked;
