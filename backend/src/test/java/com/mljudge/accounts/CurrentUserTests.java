package com.mljudge.accounts;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** The one place that turns a request's authentication into who is asking. */
class CurrentUserTests {

	@Test
	void noAuthenticationAndTheAnonymousTokenAreNobody() {
		assertThat(CurrentUser.of(null)).isEqualTo(CurrentUser.ANONYMOUS);
		AnonymousAuthenticationToken anonymous = new AnonymousAuthenticationToken("key", "anonymousUser",
				AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
		CurrentUser nobody = CurrentUser.of(anonymous);
		assertThat(nobody.signedIn()).isFalse();
		assertThat(nobody.name()).isNull();
		assertThat(nobody.isAdmin()).isFalse();
		assertThat(nobody.mayAuthor()).isFalse();
	}

	@Test
	void rolesComeFromTheAuthoritiesInTheEnumsOrder() {
		CurrentUser author = CurrentUser.of(signedIn("ada", "ROLE_USER", "ROLE_AUTHOR", "SCOPE_other"));
		assertThat(author.signedIn()).isTrue();
		assertThat(author.name()).isEqualTo("ada");
		assertThat(List.copyOf(author.roles())).containsExactly(Role.AUTHOR, Role.USER);
		assertThat(author.isAdmin()).isFalse();
		assertThat(author.mayAuthor()).isTrue();
	}

	@Test
	void anAdminMayAuthorWithoutTheAuthorRole() {
		CurrentUser admin = CurrentUser.of(signedIn("root", "ROLE_ADMIN", "ROLE_USER"));
		assertThat(admin.isAdmin()).isTrue();
		assertThat(admin.mayAuthor()).isTrue();
		assertThat(admin.has(Role.INTERVIEWER)).isFalse();
	}

	private static UsernamePasswordAuthenticationToken signedIn(String name, String... authorities) {
		return UsernamePasswordAuthenticationToken.authenticated(name, "n/a",
				AuthorityUtils.createAuthorityList(authorities));
	}

}
