package com.novastoryteller.generation;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface GenerationTaskRepository extends ListCrudRepository<GenerationTask, UUID> {
}
