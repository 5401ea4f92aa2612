/**
 * Submissions and runs: the durable judging queue in PostgreSQL, verdict storage,
 * history, live status.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Submissions")
package com.mljudge.submissions;
