/**
 * Media in an S3-compatible bucket ({@code storyteller.media.store=s3}): Amazon S3, or any server that speaks its API
 * (MinIO, Ceph, s3proxy), so that every node of an installation serves the same files; and the {@code migrate-media}
 * command that moves a single node's media folder into the bucket.
 */
@org.jspecify.annotations.NullMarked
package com.novastoryteller.media.s3;
