/**
 * The default database: an embedded PostgreSQL started in-process when no external server
 * is configured.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Database")
package com.mljudge.database;
