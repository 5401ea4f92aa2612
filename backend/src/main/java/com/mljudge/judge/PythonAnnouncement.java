package com.mljudge.judge;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Says once at start whether Python solutions are judged here and, when not, why (a JDK
 * 17 server, or a launch without the runner: python/PYTHON.md). The judge workers start
 * its warm-up (JudgeWorkers); a web-only instance builds no engine.
 */
@Component
class PythonAnnouncement {

	private static final Logger log = LoggerFactory.getLogger(PythonAnnouncement.class);

	@EventListener(ApplicationStartedEvent.class)
	void announce() {
		String off = PythonRunner.offReason();
		if (off == null) {
			log.info(
					"Python is on: the GraalPy runner is on the class path (its engine warms up when the judge workers start)");
		}
		else {
			log.info("{}; Java solutions are judged as usual", off);
		}
	}

}
