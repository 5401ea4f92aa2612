package com.mljudge.authoring.internal;

/** A slow but acceptable solution, under accepted/: it must be ACCEPTED. */
public class AcceptedRow extends SolutionRow {

}
