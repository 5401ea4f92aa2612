/**
 * Timed contests over coding problems: admins create them, users register, and a
 * DOMjudge-like scoreboard (ICPC or points, with a freeze, and a Kaggle-style
 * public/private split for metric problems) is kept from {@code SubmissionJudged} events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Contests")
package com.mljudge.contests;
