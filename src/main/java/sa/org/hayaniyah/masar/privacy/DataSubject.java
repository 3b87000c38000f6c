package sa.org.hayaniyah.masar.privacy;

import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The keys under which one person's records are held: what the export collects and what retention anonymises.
 * Modules add the keys they own ({@link PersonalDataContributor#identify}) until nothing new is found.
 */
public final class DataSubject {

	public enum Key {
		NATIONAL_ID, REQUEST, INQUIRY, BENEFICIARY, SURVEY,
		/** request and inquiry reference numbers, beneficiary file numbers: the audit trail's subjects */
		REFERENCE, PROCESS_INSTANCE
	}

	private final Map<Key, Set<Object>> keys = new EnumMap<>(Key.class);

	private boolean grown;

	public static DataSubject of(Key key, Object... values) {
		return new DataSubject().add(key, List.of(values));
	}

	/** Adds keys, numbers as {@code Long} whatever the driver returned; nulls are skipped. */
	public DataSubject add(Key key, Collection<?> values) {
		for (Object value : values) {
			if (value != null) {
				grown |= keys.computeIfAbsent(key, k -> new LinkedHashSet<>())
					.add(value instanceof Number n ? (Object) n.longValue() : value.toString());
			}
		}
		return this;
	}

	public DataSubject add(Key key, Object value) {
		return add(key, value == null ? List.of() : List.of(value));
	}

	public boolean has(Key key) {
		return keys.containsKey(key);
	}

	public Set<Object> get(Key key) {
		return keys.getOrDefault(key, Set.of());
	}

	public List<String> strings(Key key) {
		return get(key).stream().map(Objects::toString).toList();
	}

	/** Whether keys were added since the last call. */
	boolean grew() {
		boolean result = grown;
		grown = false;
		return result;
	}

	@Override
	public String toString() {
		return "DataSubject" + keys.keySet();
	}

}
