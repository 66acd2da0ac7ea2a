/**
 * Amazon Bedrock (Nova) through the AWS SDK for Java v2: Nova 2 Lite by Converse and ConverseStream for writing and
 * reading drawings.
 */
@NullMarked
package com.novastoryteller.engine.bedrock;

import org.jspecify.annotations.NullMarked;
