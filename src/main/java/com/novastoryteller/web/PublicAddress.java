package com.novastoryteller.web;

import java.net.URI;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Full addresses of this installation's pages, for links that leave it (a story's share link). Built from
 * {@code storyteller.public-url} when it is set, so that no request's {@code Host} header can point a link
 * elsewhere; else from the current request, as the trusted proxy or the browser named it.
 */
@Component
@EnableConfigurationProperties(PublicAddress.Properties.class)
public class PublicAddress {

    private final @Nullable String publicUrl;

    PublicAddress(Properties properties) {
        this.publicUrl = properties.publicUrl() == null ? null : properties.publicUrl().toString().replaceAll("/+$", "");
    }

    /** The full address of {@code path} (which starts with a slash) on this installation. */
    public String of(String path) {
        return publicUrl != null ? publicUrl + path
                : ServletUriComponentsBuilder.fromCurrentContextPath().path(path).toUriString();
    }

    /** @param publicUrl where people reach the installation, e.g. {@code https://stories.example.org} */
    @ConfigurationProperties("storyteller")
    record Properties(@Nullable URI publicUrl) {

        Properties {
            if (publicUrl != null && (publicUrl.getHost() == null
                    || !("https".equals(publicUrl.getScheme()) || "http".equals(publicUrl.getScheme()))
                    || publicUrl.getQuery() != null || publicUrl.getFragment() != null)) {
                throw new IllegalArgumentException("storyteller.public-url must be a full http(s) address such as "
                        + "https://stories.example.org, without a query or fragment; it is " + publicUrl);
            }
        }
    }
}
