package com.mljudge.support;

import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The set-up of tests that act as one learner over real HTTP: before each test a fresh
 * account, its HTTP Basic credentials for the API ({@link #user}) and a client signed in
 * as it for the pages ({@link #site}). Subclasses carry {@link IntegrationTest}.
 */
public abstract class SignedInLearner {

	protected final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	protected int port;

	protected SiteClient site;

	protected String user;

	private final String prefix;

	/**
	 * @param prefix the start of the learner's name, telling in the logs which test made
	 * it
	 */
	protected SignedInLearner(String prefix) {
		this.prefix = prefix;
	}

	@BeforeEach
	void signInAFreshLearner() {
		this.site = new SiteClient(this.port);
		this.user = this.site.registerFreshUser(this.prefix);
		this.site.signIn(SiteClient.username(this.user), SiteClient.USER_PASSWORD);
	}

}
