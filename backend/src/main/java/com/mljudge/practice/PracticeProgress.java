package com.mljudge.practice;

/** How much practice is waiting for a learner, for pages outside the practice module (the home page). */
public interface PracticeProgress {

	/** Cards whose review is due now for this user; questions never reviewed are not counted. */
	long reviewsDue(String username);

}
