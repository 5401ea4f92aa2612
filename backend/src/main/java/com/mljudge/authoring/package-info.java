/**
 * Authoring: problems written and changed in the browser as drafts in the bank's folder
 * format, validated by the same self-check the build runs, published as numbered versions
 * that overlay the bank; import and export as zip archives; roles and the audit log for
 * admins.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Authoring")
package com.mljudge.authoring;
