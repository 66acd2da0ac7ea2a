package com.novastoryteller.account.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializationFailedException;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Reads the web sessions' attributes from the database as Spring Session does (Java serialization), except that an
 * attribute that cannot be read reads as absent: a session written before an upgrade changed the classes in it
 * (Spring Security's sign-in, say) is simply signed out, where Spring Session would answer every request of that
 * browser with a server error until the session expired.
 */
@Component
class ForgivingSessionAttributes implements SessionRepositoryCustomizer<JdbcIndexedSessionRepository> {

    private static final Logger log = LoggerFactory.getLogger(ForgivingSessionAttributes.class);

    @Override
    public void customize(JdbcIndexedSessionRepository sessions) {
        DeserializingConverter reader = new DeserializingConverter(ForgivingSessionAttributes.class.getClassLoader());
        GenericConversionService conversions = new GenericConversionService();
        conversions.addConverter(Object.class, byte[].class, new SerializingConverter());
        conversions.addConverter(byte[].class, Object.class, bytes -> {
            try {
                return reader.convert(bytes);
            }
            catch (SerializationFailedException unreadable) {
                log.info("A web session attribute could not be read, so it is left out: {}", unreadable.getMessage());
                return null;
            }
        });
        sessions.setConversionService(conversions);
    }
}
