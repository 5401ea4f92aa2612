/**
 * Users, roles, sign-in and personal access tokens.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
package com.mljudge.accounts;
