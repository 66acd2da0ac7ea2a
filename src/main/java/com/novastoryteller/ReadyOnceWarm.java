package com.novastoryteller;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.AvailabilityState;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.health.application.ReadinessStateHealthIndicator;
import org.springframework.stereotype.Component;

/**
 * What a load balancer asks at {@code /actuator/health/readiness}: a node refuses traffic until its engines have
 * warmed up, so a family's first story is not sent to a node still loading its voices, and, as Spring Boot has it,
 * from the moment it begins to shut down. Liveness ({@code /actuator/health/liveness}, {@code /api/health}) is
 * unaffected: a warming node is alive.
 */
@Component("readinessStateHealthIndicator")
class ReadyOnceWarm extends ReadinessStateHealthIndicator {

    ReadyOnceWarm(ApplicationAvailability availability) {
        super(availability);
    }

    @Override
    protected AvailabilityState getState(ApplicationAvailability availability) {
        return WarmUps.warming() ? ReadinessState.REFUSING_TRAFFIC : super.getState(availability);
    }
}
