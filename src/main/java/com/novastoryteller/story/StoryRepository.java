package com.novastoryteller.story;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface StoryRepository extends ListCrudRepository<Story, UUID> {
}
