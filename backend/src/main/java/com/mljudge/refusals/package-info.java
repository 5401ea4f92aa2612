/**
 * Refusals: the one way a module says no to a request, with a reason a person can act on.
 * Modules throw a {@link com.mljudge.refusals.Refusal} (or their own subclass of it); the
 * web module turns it into RFC 9457 problem+json for the API and the matching error page
 * for pages, so no module names an HTTP status.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Refusals")
package com.mljudge.refusals;
