package com.novastoryteller.story;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface StoryRepository extends ListCrudRepository<Story, UUID> {

    /** Every story of a family, hidden and deleted ones included, oldest first. */
    List<Story> findByOwnerIdOrderByCreatedAt(UUID ownerId);
}
