/**
 * Leaderboards and teams: points for first accepted solutions, overall, by period and
 * topic, per problem and per team, kept up to date from {@code SubmissionJudged} events
 * so a board page is an indexed range read.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Leaderboards")
package com.mljudge.leaderboards;
