package sa.org.hayaniyah.masar.committee;

import java.time.Instant;

/**
 * The committee (or a supervisor settling an undecided request) recorded a decision on a request. Published
 * synchronously, inside the transaction that records it, so a listener's own writes (the dashboard's decisions within
 * the deadline per day) commit or roll back with the decision.
 */
public record DecisionRecorded(long requestId, Outcome outcome, Instant decidedAt) {
}
