package com.mljudge.interviews.internal;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.mljudge.database.Signals;
import com.mljudge.interviews.internal.Access.Seat;
import com.mljudge.interviews.internal.Access.Seated;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open interview screens of this instance, each an SSE stream. A signal with an
 * interview's id (from any instance, through PostgreSQL) makes this instance read the
 * interview again, once per seat, and push it to that interview's screens. Signals that
 * pile up for one interview while it is being read are served by a single read.
 */
@Component
class LiveScreens {

	private static final Logger log = LoggerFactory.getLogger(LiveScreens.class);

	/** A browser's EventSource reconnects by itself when a stream ends. */
	static final long STREAM_MILLIS = TimeUnit.MINUTES.toMillis(10);

	private static final long HEARTBEAT_SECONDS = 20;

	private final Map<Long, Set<Screen>> screens = new ConcurrentHashMap<>();

	private final Set<Long> pending = ConcurrentHashMap.newKeySet();

	private final ExecutorService pushes = Executors.newFixedThreadPool(4, (task) -> daemon(task, "interview-push"));

	private final ScheduledExecutorService heartbeat = Executors
		.newSingleThreadScheduledExecutor((task) -> daemon(task, "interview-heartbeat"));

	private final Signals signals;

	private final InterviewStore store;

	private final Views views;

	private final Live live;

	private final JsonMapper json;

	private volatile Signals.Subscription subscription;

	LiveScreens(Signals signals, InterviewStore store, Views views, Live live, JsonMapper json) {
		this.signals = signals;
		this.store = store;
		this.views = views;
		this.live = live;
		this.json = json;
		this.heartbeat.scheduleWithFixedDelay(this::beat, HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
	}

	private record Screen(SseEmitter emitter, Seat seat) {
	}

	/** A stream that gets the seat's state now and after every change. */
	SseEmitter open(Seated seated) {
		listen();
		long id = seated.interview().id();
		SseEmitter emitter = new SseEmitter(STREAM_MILLIS);
		Screen screen = new Screen(emitter, seated.seat());
		this.screens.computeIfAbsent(id, (k) -> ConcurrentHashMap.newKeySet()).add(screen);
		Runnable close = () -> this.screens.computeIfPresent(id, (k, set) -> {
			set.remove(screen);
			return set.isEmpty() ? null : set;
		});
		emitter.onCompletion(close);
		emitter.onTimeout(close);
		emitter.onError((ex) -> close.run());
		this.pushes.execute(() -> push(id, Set.of(screen)));
		return emitter;
	}

	private void listen() {
		if (this.subscription == null) {
			synchronized (this) {
				if (this.subscription == null) {
					this.subscription = this.signals.listen(Live.CHANNEL, new Signals.Receiver() {
						@Override
						public void signal(String payload) {
							changed(Long.parseLong(payload));
						}

						@Override
						public void missed() {
							LiveScreens.this.screens.keySet().forEach(LiveScreens.this::changed);
						}
					});
				}
			}
		}
	}

	private void changed(long id) {
		if (this.screens.containsKey(id) && this.pending.add(id)) {
			this.pushes.execute(() -> {
				this.pending.remove(id);
				Set<Screen> open = this.screens.get(id);
				if (open != null) {
					push(id, open);
				}
			});
		}
	}

	private void push(long id, Set<Screen> targets) {
		try {
			Optional<Interview> found = this.store.find(id);
			if (found.isEmpty()) {
				return;
			}
			Interview interview = found.get();
			Instant now = Instant.now();
			if (interview.overdue(now)) {
				// Ending it signals again, and that push shows the end.
				this.live.settle(id);
			}
			String candidate = null;
			String interviewer = null;
			for (Screen screen : targets) {
				String state;
				if (screen.seat() == Seat.INTERVIEWER) {
					interviewer = (interviewer != null) ? interviewer
							: this.json.writeValueAsString(this.views.interviewer(interview, now));
					state = interviewer;
				}
				else {
					candidate = (candidate != null) ? candidate
							: this.json.writeValueAsString(this.views.candidate(interview, now));
					state = candidate;
				}
				send(screen, SseEmitter.event().name("state").data(state));
			}
		}
		catch (RuntimeException ex) {
			log.warn("Could not push interview {} to its screens", id, ex);
		}
	}

	private void send(Screen screen, SseEmitter.SseEventBuilder event) {
		try {
			screen.emitter().send(event);
		}
		catch (IOException | IllegalStateException ex) {
			// The browser went away; its EventSource will open a new stream.
			screen.emitter().completeWithError(ex);
		}
	}

	/** Proxies drop quiet streams; a comment now and then keeps them open. */
	private void beat() {
		this.screens.values().forEach((set) -> set.forEach((s) -> send(s, SseEmitter.event().comment("beat"))));
	}

	@PreDestroy
	void stop() {
		this.heartbeat.shutdownNow();
		this.pushes.shutdownNow();
		Signals.Subscription current = this.subscription;
		if (current != null) {
			current.close();
		}
	}

	private static Thread daemon(Runnable task, String name) {
		Thread thread = new Thread(task, name);
		thread.setDaemon(true);
		return thread;
	}

}
