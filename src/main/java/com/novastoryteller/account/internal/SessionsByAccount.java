package com.novastoryteller.account.internal;

import java.util.Map;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.IndexResolver;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

import com.novastoryteller.account.CurrentUser;

/**
 * Indexes each web session in the database by the id of the account signed in to it (Spring Session's
 * {@code PRINCIPAL_NAME}), so that the account's sessions can be found and ended when it is deleted. Spring
 * Session's own resolver would index the principal's {@code toString()}: the username and first name, kept in the
 * clear after the account that owned them is gone.
 */
@Component
class SessionsByAccount implements IndexResolver<Session> {

    @Override
    public Map<String, String> resolveIndexesFor(Session session) {
        Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        if (context instanceof SecurityContext signedIn) {
            Authentication authentication = signedIn.getAuthentication();
            if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
                return Map.of(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, user.id().toString());
            }
        }
        return Map.of();
    }
}
