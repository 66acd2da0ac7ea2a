package com.novastoryteller.web;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;

import tools.jackson.databind.json.JsonMapper;

/**
 * What Tomcat answers on its own, before the application sees the request (an encoded slash in a path, a
 * percent-escape that is not UTF-8): a problem detail, as every other error, instead of Tomcat's HTML page.
 * Errors the application handles have their body already and are left alone.
 */
final class ProblemReportValve extends ErrorReportValve {

    private final JsonMapper json;

    private ProblemReportValve(JsonMapper json) {
        this.json = json;
    }

    /** Takes the place of the host's error report valve (Spring Boot adds one of its own). */
    static void install(Container host, JsonMapper json) {
        for (Valve valve : host.getPipeline().getValves()) {
            if (valve instanceof ErrorReportValve) {
                host.getPipeline().removeValve(valve);
            }
        }
        if (host instanceof StandardHost standard) {
            // The host adds a valve of this class when it starts, unless it finds one.
            standard.setErrorReportValveClass(ProblemReportValve.class.getName());
        }
        host.getPipeline().addValve(new ProblemReportValve(json));
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported() || !canWrite(response)) {
            return;
        }
        HttpStatusCode code = HttpStatusCode.valueOf(status);
        String title = code instanceof HttpStatus known ? known.getReasonPhrase() : "Error";
        String detail = code.is4xxClientError() ? "The request could not be understood."
                : "Something went wrong on our side. Please try again in a moment.";
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(json.writeValueAsString(
                        Problems.of(code, code.is4xxClientError() ? "bad-request" : "internal", title, detail)));
                response.finishResponse();
            }
        }
        catch (IOException | IllegalStateException gone) {
            // The client has gone or the response was closed: there is no one left to tell.
        }
    }

    private static boolean canWrite(Response response) {
        AtomicBoolean allowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, allowed);
        return allowed.get();
    }
}
