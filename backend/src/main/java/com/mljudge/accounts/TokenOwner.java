package com.mljudge.accounts;

import java.util.Set;

/** The account a valid personal access token belongs to. */
public record TokenOwner(String username, Set<Role> roles) {
}
