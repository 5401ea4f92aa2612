package com.mljudge;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One event style: a listener of our own events is an {@code @ApplicationModuleListener}
 * (async, in a transaction of its own, kept in the publication registry), except the few
 * that must run synchronously or in the publisher's transaction, each saying why in its
 * source. A new listener of another kind fails here until it is one of them.
 */
class EventListenerStyleTests {

	/** Class#method of the listeners that may not be asynchronous. */
	private static final Set<String> SYNCHRONOUS = Set.of("authoring.internal.PublishedCatalog#published",
			"problems.internal.PublishedPages#published", "problems.internal.PublishedEverywhere#published",
			"practice.internal.PublishedQuestions#on", "submissions.internal.VerdictWaiters#judged");

	@Test
	void listenersOfOurEventsAreModuleListenersUnlessListedAsSynchronous() throws Exception {
		Set<String> synchronous = new TreeSet<>();
		Set<String> moduleListeners = new TreeSet<>();
		for (Method method : listeners()) {
			String name = method.getDeclaringClass().getName().substring("com.mljudge.".length()) + "#"
					+ method.getName();
			if (MergedAnnotations.from(method).isPresent(ApplicationModuleListener.class)) {
				moduleListeners.add(name);
			}
			else {
				synchronous.add(name);
			}
		}
		assertThat(synchronous).containsExactlyInAnyOrderElementsOf(SYNCHRONOUS);
		assertThat(moduleListeners).contains("leaderboards.internal.BoardUpdates#on",
				"contests.internal.ContestEntries#judged", "interviews.internal.InterviewJudging#judged");
	}

	private static Set<Method> listeners() throws ClassNotFoundException {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
		Set<Method> listeners = new HashSet<>();
		for (var candidate : scanner.findCandidateComponents("com.mljudge")) {
			Class<?> type = ClassUtils.forName(candidate.getBeanClassName(),
					EventListenerStyleTests.class.getClassLoader());
			if (!Files.exists(Path.of("target/classes", type.getName().replace('.', '/') + ".class"))) {
				// The tests' own recorders are not module listeners.
				continue;
			}
			for (Method method : type.getDeclaredMethods()) {
				if (MergedAnnotations.from(method).isPresent(EventListener.class) && method.getParameterCount() == 1
						&& method.getParameterTypes()[0].getName().startsWith("com.mljudge.")) {
					listeners.add(method);
				}
			}
		}
		return listeners;
	}

}
