/**
 * Amazon Web Services through the AWS SDK for Java v2: Bedrock (Nova 2 Lite by Converse and ConverseStream for
 * writing and reading drawings, Nova Canvas for pictures) and Polly for narration, signed with the SDK's SigV4.
 */
@NullMarked
package com.novastoryteller.engine.aws;

import org.jspecify.annotations.NullMarked;
