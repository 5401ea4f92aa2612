package com.mljudge.accounts.internal;

import java.security.SecureRandom;
import java.util.EnumSet;

import com.mljudge.accounts.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Makes sure a fresh installation can be administered: when no ADMIN exists, creates
 * {@code admin} with the password from JUDGE_ADMIN_PASSWORD, or with a generated one that
 * is printed once.
 */
@Component
class AdminBootstrap implements ApplicationRunner {

	static final String ADMIN_USERNAME = "admin";

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private final AccountRepository accounts;

	private final AccountService accountService;

	private final String configuredPassword;

	AdminBootstrap(AccountRepository accounts, AccountService accountService, AccountsProperties properties) {
		this.accounts = accounts;
		this.accountService = accountService;
		this.configuredPassword = properties.admin().password();
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.accounts.existsByRole(Role.ADMIN)) {
			return;
		}
		if (this.accounts.existsByUsernameIgnoreCase(ADMIN_USERNAME)) {
			log.warn("No account has the ADMIN role, and the name '{}' is taken by an ordinary account; "
					+ "grant ADMIN to an account in the database to administer the site.", ADMIN_USERNAME);
			return;
		}
		EnumSet<Role> roles = EnumSet.of(Role.ADMIN, Role.AUTHOR, Role.INTERVIEWER, Role.USER);
		if (StringUtils.hasText(this.configuredPassword)) {
			this.accountService.create(ADMIN_USERNAME, this.configuredPassword, roles);
			log.info("Created the account '{}' with the password from JUDGE_ADMIN_PASSWORD.", ADMIN_USERNAME);
			return;
		}
		String password = generatePassword();
		this.accountService.create(ADMIN_USERNAME, password, roles);
		log.warn("""

				==================================================================
				  Created the first administrator account. It is shown only once:
				    username: {}
				    password: {}
				  Set JUDGE_ADMIN_PASSWORD before the first start to choose it.
				==================================================================
				""", ADMIN_USERNAME, password);
	}

	private static String generatePassword() {
		SecureRandom random = new SecureRandom();
		StringBuilder password = new StringBuilder(20);
		for (int i = 0; i < 20; i++) {
			password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}
