package com.mljudge.database;

import java.nio.file.Path;

/** Another running instance owns the embedded database folder. */
public class EmbeddedDatabaseLockedException extends IllegalStateException {

	private final Path directory;

	EmbeddedDatabaseLockedException(Path directory) {
		super("The embedded database folder " + directory + " is in use by another running instance");
		this.directory = directory;
	}

	public Path directory() {
		return this.directory;
	}

}
