package com.mljudge;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * ML Interview Judge: a web judge and learning platform for machine-learning interviews.
 * <p>
 * Async is on for the whole application: module listeners
 * ({@code @ApplicationModuleListener}: leaderboards' {@code BoardUpdates}, contests'
 * {@code ContestEntries}, interviews' {@code InterviewJudging}) are {@code @Async}, so a
 * verdict's follow-up work runs on the task executor after the verdict commits and the
 * judge worker that stored it goes straight back to the queue. They are kept in Spring
 * Modulith's event publication registry (table event_publication) until they finish, and
 * delivered again after a crash.
 * <p>
 * The few {@code @TransactionalEventListener}s left each say in one line why they must
 * run synchronously or in the publisher's transaction: signals sent with a commit
 * (problems' {@code PublishedEverywhere}, submissions' {@code VerdictWaiters}) and caches
 * the next request relies on being dropped (authoring's {@code PublishedCatalog},
 * problems' {@code PublishedPages}, practice's {@code PublishedQuestions}).
 * {@code EventListenerStyleTests} keeps that list closed.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableAsync
@EnableScheduling
public class JudgeApplication {

	public static void main(String[] args) {
		SpringApplication.run(JudgeApplication.class, args);
	}

}
