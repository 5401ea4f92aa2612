/**
 * Mock interviews: a team's interviewer plans an interview from bank items with time
 * boxes and a rubric, runs it live with a candidate (the candidate's code reaches the
 * interviewer's screen as it is typed, across app instances), scores it and shares a
 * report; anyone can also take a timed solo mock and score themselves.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Interviews")
package com.mljudge.interviews;
