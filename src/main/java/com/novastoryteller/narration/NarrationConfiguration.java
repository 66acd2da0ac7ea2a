package com.novastoryteller.narration;

import java.util.concurrent.Executor;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import com.novastoryteller.engine.Narrator;

@Configuration(proxyBeanMethods = false)
class NarrationConfiguration {

    @Bean
    ThreadPoolTaskExecutor narrationExecutor(@Value("${storyteller.narration.threads:2}") int threads) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(threads);
        executor.setMaxPoolSize(threads);
        executor.setThreadNamePrefix("narration-");
        executor.setWaitForTasksToCompleteOnShutdown(false);
        return executor;
    }

    /** Loads and warms the voices in the background, on every narration thread, so the first story after a start is not slower. */
    @Bean
    WarmUp narratorWarmUp(Narrator narrator, Executor narrationExecutor, @Value("${storyteller.narration.threads:2}") int threads) {
        return new WarmUp(narrator, narrationExecutor, threads);
    }

    record WarmUp(Narrator narrator, Executor executor, int threads) {

        @EventListener(ApplicationReadyEvent.class)
        public void warm() {
            for (int n = 0; n < threads; n++) {
                executor.execute(narrator::warmUp);
            }
        }
    }
}
