package com.mljudge.accounts.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.mljudge.accounts.SignInThrottle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Counts failed password sign-ins in the database, per account and per address, so all
 * instances share the counts. The first few failures are free; each one after that locks
 * the account (or address) for twice as long as the last, from {@code lock-seconds} up to
 * {@code max-lock-minutes}. A success clears the account's count, not the address's (else
 * an attacker's own account would reset it); counts older than an hour start over. The
 * lock holds against the right password too: that is what stops guessing. Every failure
 * and every lock is written to {@code sign_in_audit} and the log. JdbcClient: each
 * failure bumps its counters in one upsert, race-free across instances without reading
 * first.
 */
@Component
class SignInFailures implements SignInThrottle {

	private static final Logger log = LoggerFactory.getLogger(SignInFailures.class);

	private static final String ACCOUNT = "account:";

	private static final String ADDRESS = "address:";

	private final JdbcClient jdbc;

	private final int freePerAccount;

	private final int freePerAddress;

	private final Duration firstLock;

	private final Duration longestLock;

	SignInFailures(JdbcClient jdbc, AccountsProperties properties) {
		AccountsProperties.SignIn signIn = properties.signIn();
		this.jdbc = jdbc;
		this.freePerAccount = signIn.freeFailuresPerAccount();
		this.freePerAddress = signIn.freeFailuresPerAddress();
		this.firstLock = Duration.ofSeconds(signIn.lockSeconds());
		this.longestLock = Duration.ofMinutes(signIn.maxLockMinutes());
	}

	@Override
	public Optional<Duration> lockedFor(String username, String address) {
		Timestamp until = this.jdbc.sql("""
				select max(locked_until) from sign_in_failures
				where subject in (:account, :address) and locked_until > now()""")
			.param("account", account(username))
			.param("address", address(address))
			.query(Timestamp.class)
			.optional()
			.orElse(null);
		if (until == null) {
			return Optional.empty();
		}
		Duration left = Duration.between(Instant.now(), until.toInstant());
		return Optional.of(left.isNegative() ? Duration.ofSeconds(1) : left);
	}

	/**
	 * At most one row a minute per address: a client hammering a lock must not fill the
	 * table at its own request rate.
	 */
	@Override
	public void refused(String username, String address) {
		int written = this.jdbc.sql("""
				insert into sign_in_audit (username, address, outcome)
				select :username, :address, 'REFUSED'
				where not exists (select 1 from sign_in_audit
				    where address is not distinct from :address and outcome = 'REFUSED'
				    and at > now() - interval '1 minute')""")
			.param("username", clip(username, 300))
			.param("address", clip(address, 100))
			.update();
		if (written == 1) {
			log.info("Password sign-in refused (locked) as '{}' from {}", clip(username, 100), address);
		}
	}

	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		if (!(event.getAuthentication() instanceof UsernamePasswordAuthenticationToken)) {
			return;
		}
		String username = name(event.getAuthentication());
		String address = address(event.getAuthentication());
		audit(username, address, "FAILED");
		lockIfTooMany(account(username), this.freePerAccount, username, address);
		lockIfTooMany(address(address), this.freePerAddress, username, address);
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken) {
			this.jdbc.sql("delete from sign_in_failures where subject = :subject")
				.param("subject", account(name(event.getAuthentication())))
				.update();
		}
	}

	private void lockIfTooMany(String subject, int free, String username, String address) {
		List<Integer> counted = this.jdbc.sql("""
				insert into sign_in_failures (subject, failures, last_failure) values (:subject, 1, now())
				on conflict (subject) do update set
				    failures = case when sign_in_failures.last_failure < now() - interval '1 hour' then 1
				                    else sign_in_failures.failures + 1 end,
				    last_failure = now()
				returning failures""").param("subject", subject).query(Integer.class).list();
		int failures = counted.isEmpty() ? 1 : counted.get(0);
		if (failures < free) {
			return;
		}
		Duration lock = lock(failures - free);
		this.jdbc.sql("""
				update sign_in_failures set locked_until = now() + make_interval(secs => :seconds)
				where subject = :subject""")
			.param("seconds", (double) lock.toSeconds())
			.param("subject", subject)
			.update();
		audit(username, address, "LOCKED");
		log.warn("Password sign-ins locked for {} s for {} after {} failures (last as '{}' from {})", lock.toSeconds(),
				subject, failures, username, address);
	}

	/** The lock after {@code beyond} failures past the free ones: doubling, capped. */
	private Duration lock(int beyond) {
		Duration lock = this.firstLock;
		for (int i = 0; i < beyond && lock.compareTo(this.longestLock) < 0; i++) {
			lock = lock.multipliedBy(2);
		}
		return (lock.compareTo(this.longestLock) > 0) ? this.longestLock : lock;
	}

	private void audit(String username, String address, String outcome) {
		this.jdbc.sql("insert into sign_in_audit (username, address, outcome) values (:username, :address, :outcome)")
			.param("username", clip(username, 300))
			.param("address", clip(address, 100))
			.param("outcome", outcome)
			.update();
		if (!"LOCKED".equals(outcome)) {
			log.info("Password sign-in {} as '{}' from {}", outcome.toLowerCase(Locale.ROOT), clip(username, 100),
					address);
		}
	}

	private static String name(Authentication authentication) {
		String name = authentication.getName();
		return (name != null) ? name : "";
	}

	private static String address(Authentication authentication) {
		return (authentication.getDetails() instanceof WebAuthenticationDetails details) ? details.getRemoteAddress()
				: null;
	}

	private static String account(String username) {
		return clip(ACCOUNT + ((username != null) ? username.strip().toLowerCase(Locale.ROOT) : ""), 300);
	}

	private static String address(String address) {
		return ADDRESS + ((address != null) ? clip(address, 100) : "unknown");
	}

	/**
	 * Names typed at the door can be anything: long text and NUL must not fail the write.
	 */
	private static String clip(String text, int max) {
		if (text == null) {
			return null;
		}
		String clean = text.replace('\0', '\uFFFD');
		return (clean.length() <= max) ? clean : clean.substring(0, max);
	}

}
