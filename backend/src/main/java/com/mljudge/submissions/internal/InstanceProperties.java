package com.mljudge.submissions.internal;

import java.lang.management.ManagementFactory;
import java.util.UUID;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * This instance's name. Apart from {@link SubmissionsProperties} because
 * {@code judge.instance} itself is a value (the metrics tag): bound as a nested record it
 * would be converted from that value.
 *
 * @param name this instance's name in judging leases and worker heartbeats; empty means
 * pid@host and a random suffix
 */
@ConfigurationProperties("judge.instance")
record InstanceProperties(@DefaultValue("") String name) {

	/**
	 * The configured name, or one apart from any other instance in the same JVM or with
	 * the same pid and host name (containers): a lease is only as exclusive as its
	 * owner's name.
	 */
	String nameOrUnique() {
		return (this.name == null || this.name.isBlank())
				? ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8)
				: this.name;
	}

}
