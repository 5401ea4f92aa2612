package com.mljudge.practice.internal;

import com.mljudge.problems.ProblemCatalog;
import com.mljudge.problems.ProblemVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PracticeConfiguration {

	private static final Logger log = LoggerFactory.getLogger(PracticeConfiguration.class);

	@Bean
	QuestionBank practiceQuestions(ProblemCatalog catalog) {
		QuestionBank questions = new QuestionBank(catalog.all().stream().map(ProblemVersion::problem).toList());
		log.info("Practice: {} questions in {} topics", questions.all().size(), questions.topics().size());
		return questions;
	}

	@Bean
	Fsrs fsrs() {
		return Fsrs.withDefaults();
	}

}
