package com.mljudge.submissions.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.mljudge.judge.Limits;
import com.mljudge.judge.MemorySizing;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SubmissionsConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SubmissionsConfiguration.class);

	/**
	 * Checks at start-up that the heap can hold every worker's run at its memory limit
	 * (the judge's MEMORY.md); a heap too small is logged as a warning with the numbers,
	 * not refused, so a small development machine still starts.
	 */
	@Bean
	MemorySizing memorySizing(SubmissionsProperties properties) {
		MemorySizing sizing = new MemorySizing(Math.max(1, properties.workers().judging()),
				Limits.defaults().memoryBytes(), Runtime.getRuntime().maxMemory());
		if (sizing.fits()) {
			log.info("judge memory: {}", sizing.describe());
		}
		else {
			log.warn(
					"judge memory: the heap is too small for the judge workers: {}. A run holding its limit may "
							+ "then run the server out of heap: raise -Xmx or lower judge.workers.count to {}",
					sizing.describe(), sizing.workersThatFit());
		}
		return sizing;
	}

}
