/**
 * Conceptual questions, case studies and ML system design: read mode, FSRS-scheduled
 * flashcard reviews, auto-graded quizzes and self-assessment against the model answer's
 * key points.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Practice")
package com.mljudge.practice;
