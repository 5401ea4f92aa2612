package com.mljudge;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * ML Interview Judge: a web judge and learning platform for machine-learning interviews.
 * <p>
 * Async is on for the whole application: module listeners
 * ({@code @ApplicationModuleListener}: boards, contests, practice) are {@code @Async}, so
 * a verdict's follow-up work runs on the task executor after the verdict commits and the
 * judge worker that stored it goes straight back to the queue.
 */
@SpringBootApplication
@EnableAsync
public class JudgeApplication {

	public static void main(String[] args) {
		SpringApplication.run(JudgeApplication.class, args);
	}

}
