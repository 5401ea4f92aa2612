package com.mljudge.accounts.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.mljudge.accounts.AccessTokens;
import com.mljudge.accounts.TokenOwner;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Personal access tokens. The secret is shown once at creation; only its SHA-256 is
 * stored, which is enough for 256-bit random secrets (no slow hash needed: there is
 * nothing to brute-force).
 */
@Service
class TokenService implements AccessTokens {

	static final String PREFIX = "mlj_";

	private static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

	private final ApiTokenRepository tokens;

	private final AccountRepository accounts;

	private final SecureRandom random = new SecureRandom();

	private final Clock clock;

	private final TransactionTemplate transactions;

	/**
	 * Tokens checked against the database in the last {@link #VERIFIED_FOR}: an API
	 * client polling or submitting should not cost a database round trip per request (it
	 * was half the CPU of an API call). Revoking a token here forgets it at once; a
	 * revocation, a disabled account or a role change made elsewhere takes effect within
	 * that time.
	 */
	private final Map<String, Verified> verified = new ConcurrentHashMap<>();

	static final Duration VERIFIED_FOR = Duration.ofSeconds(10);

	private static final int MAX_VERIFIED = 10_000;

	private record Verified(TokenOwner owner, Instant until) {
	}

	TokenService(ApiTokenRepository tokens, AccountRepository accounts, TransactionTemplate transactions) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.clock = Clock.systemUTC();
		this.transactions = transactions;
	}

	// Serializable: it travels to the next page as a flash attribute, in the session
	// table.
	record CreatedToken(long id, String name, String token) implements java.io.Serializable {
	}

	record TokenView(long id, String name, String prefix, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {

		public boolean revoked() {
			return this.revokedAt != null;
		}

	}

	@Transactional
	CreatedToken create(String username, String name) {
		Account account = this.accounts.findByUsernameIgnoreCase(username)
			.orElseThrow(() -> new IllegalArgumentException("No such account: " + username));
		byte[] secret = new byte[32];
		this.random.nextBytes(secret);
		String raw = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		ApiToken token = this.tokens
			.save(new ApiToken(account, name.strip(), sha256(raw), raw.substring(0, PREFIX.length() + 6)));
		return new CreatedToken(token.getId(), token.getName(), raw);
	}

	@Transactional(readOnly = true)
	List<TokenView> list(String username) {
		return this.tokens.findByAccountUsernameIgnoreCaseOrderByCreatedAtDesc(username)
			.stream()
			.map((t) -> new TokenView(t.getId(), t.getName(), t.getTokenPrefix(), t.getCreatedAt(), t.getLastUsedAt(),
					t.getRevokedAt()))
			.toList();
	}

	/**
	 * Revokes one of the user's own tokens; false when the user has no token with that
	 * id.
	 */
	@Transactional
	boolean revoke(String username, long id) {
		return this.tokens.findByIdAndAccountUsernameIgnoreCase(id, username).map((token) -> {
			token.revoke(this.clock.instant());
			this.verified.remove(token.getTokenHash());
			return true;
		}).orElse(false);
	}

	@Override
	public Optional<TokenOwner> authenticate(String rawToken) {
		if (rawToken == null || !rawToken.startsWith(PREFIX) || rawToken.length() > 100) {
			return Optional.empty();
		}
		String hash = sha256(rawToken);
		Instant now = this.clock.instant();
		Verified known = this.verified.get(hash);
		if (known != null && known.until().isAfter(now)) {
			return Optional.of(known.owner());
		}
		Optional<TokenOwner> owner = this.transactions.execute((status) -> lookUp(hash));
		if (owner.isPresent()) {
			if (this.verified.size() >= MAX_VERIFIED) {
				this.verified.clear();
			}
			this.verified.put(hash, new Verified(owner.get(), now.plus(VERIFIED_FOR)));
		}
		else {
			this.verified.remove(hash);
		}
		return owner;
	}

	private Optional<TokenOwner> lookUp(String hash) {
		return this.tokens.findByTokenHash(hash)
			.filter((token) -> !token.isRevoked() && token.getAccount().isEnabled())
			.map((token) -> {
				Instant now = this.clock.instant();
				// One write a minute per token is plenty for "last used" and keeps API
				// calls cheap.
				if (token.getLastUsedAt() == null || token.getLastUsedAt().isBefore(now.minus(LAST_USED_RESOLUTION))) {
					token.markUsed(now);
				}
				Account owner = token.getAccount();
				return new TokenOwner(owner.getUsername(), owner.getRoles());
			});
	}

	static String sha256(String value) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JDK ships SHA-256", ex);
		}
	}

}
