package com.novastoryteller.account.internal;

import java.util.Set;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import com.novastoryteller.account.Accounts;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may reach what. Pages use a session cookie with CSRF protection; the API takes a token or the
 * same session. Everything under {@code /api/admin/} and {@code /actuator/} (but health) is the admin's.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    // No inline script or style anywhere: pages load their behaviour from /js and their look from /css.
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data: blob:; media-src 'self' blob:; connect-src 'self'; font-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private static final RequestMatcher API = new OrRequestMatcher(
            PathPatternRequestMatcher.pathPattern("/api/**"),
            PathPatternRequestMatcher.pathPattern("/actuator/**"));

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationManager authenticationManager(AuthenticationProvider passwordAuthentication) {
        return new ProviderManager(passwordAuthentication);
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    SecurityFilterChain securityFilterChain(HttpSecurity http, Accounts accounts, AuthenticationManager authentication,
            SecurityContextRepository contexts, JsonMapper json) {
        ProblemResponses problems = new ProblemResponses(json);
        http.authenticationManager(authentication)
            .securityContext(context -> context.securityContextRepository(contexts))
            .authorizeHttpRequests(requests -> requests
                // The async dispatch that ends an event stream belongs to a request already let through.
                .dispatcherTypeMatchers(DispatcherType.ASYNC).permitAll()
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/api/admin/**", "/actuator/**", "/admin", "/admin/**").hasRole("ADMIN")
                .requestMatchers(HttpMethod.POST, "/api/register", "/api/login").permitAll()
                .requestMatchers("/api/health", "/v3/api-docs", "/v3/api-docs/**", "/docs", "/docs/**",
                        "/swagger-ui/**").permitAll()
                .requestMatchers("/", "/signin", "/signup", "/error", "/problems/**", "/css/**", "/js/**",
                        "/images/**", "/favicon.svg", "/robots.txt").permitAll()
                // A share link is its own key: whoever has it may read (and hear) that one story.
                .requestMatchers(HttpMethod.GET, "/shared/*", "/api/shared/*", "/api/shared/*/**").permitAll()
                .anyRequest().authenticated())
            .addFilterBefore(new TokenAuthenticationFilter(accounts), UsernamePasswordAuthenticationFilter.class)
            .addFilterAfter(new SessionAccountCheck(accounts, contexts), SecurityContextHolderFilter.class)
            .addFilterAfter(new PayerFilter(), AuthorizationFilter.class)
            .formLogin(form -> form
                .loginPage("/signin")
                .defaultSuccessUrl("/stories")
                .failureHandler(new SignInFailureHandler()))
            .logout(logout -> logout.logoutUrl("/signout").logoutSuccessUrl("/?signedout"))
            .csrf(csrf -> csrf.requireCsrfProtectionMatcher(SecurityConfiguration::carriesAmbientCredentials))
            .exceptionHandling(errors -> errors
                .defaultAuthenticationEntryPointFor(problems::unauthorized, API)
                .defaultAccessDeniedHandlerFor(problems::forbidden, API)
                // A page refused to a signed-in user is the friendly error page, not a problem document.
                .defaultAccessDeniedHandlerFor(new AccessDeniedHandlerImpl(), AnyRequestMatcher.INSTANCE))
            .headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frames -> frames.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
                        "microphone=(self), camera=(self), geolocation=(), payment=()")));
        return http.build();
    }

    /**
     * A state-changing request needs a CSRF token when the browser could have sent it on its own
     * credentials: every page form, and API calls that lean on the session cookie rather than a token.
     */
    static boolean carriesAmbientCredentials(HttpServletRequest request) {
        if (SAFE_METHODS.contains(request.getMethod())) {
            return false;
        }
        if (API.matches(request)) {
            return !BearerToken.isPresent(request) && request.getRequestedSessionId() != null;
        }
        return true;
    }
}
