package com.novastoryteller.web;

import java.util.Map;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Refuses query parameters and form fields (multipart ones too) that are not {@link PlainText}. */
@Configuration(proxyBeanMethods = false)
class PlainTextParameters implements WebMvcConfigurer, HandlerInterceptor {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            return true; // the error page of a request whose parameters could not be read must not read them again
        }
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            if (!PlainText.isPlain(parameter.getKey())) {
                throw new UnsafeText("parameters");
            }
            for (String value : parameter.getValue()) {
                if (!PlainText.isPlain(value)) {
                    throw new UnsafeText(parameter.getKey());
                }
            }
        }
        return true;
    }
}
