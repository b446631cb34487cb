package dk.attestkursus.base;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Runs {@code @Async} work, such as the {@code @ApplicationModuleListener}s between modules, on Spring
 * Boot's task executor, after the publishing transaction committed (docs/decisions/017).
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
public class AsyncConfig {}
