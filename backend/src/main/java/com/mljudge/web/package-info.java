/**
 * The site's shared parts: security, layout pages, error handling for pages and for the
 * JSON API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web")
package com.mljudge.web;
