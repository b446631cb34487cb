package dk.attestkursus.base;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled jobs (the mail sender, the transfer planner) run unless {@code attestkursus.scheduling=false};
 * the tests turn them off and call the jobs directly, with the times they choose.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "attestkursus.scheduling", havingValue = "true", matchIfMissing = true)
public class SchedulingConfig {}
