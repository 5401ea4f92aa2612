package com.mljudge.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells the person who started the app where to point a browser. */
@Component
class ReadyAnnouncement {

	private static final Logger log = LoggerFactory.getLogger(ReadyAnnouncement.class);

	private final Environment environment;

	ReadyAnnouncement(Environment environment) {
		this.environment = environment;
	}

	@EventListener(ApplicationReadyEvent.class)
	void announce() {
		String port = this.environment.getProperty("local.server.port");
		if (port != null) {
			log.info("ML Interview Judge is ready at http://localhost:{}/", port);
		}
	}

}
