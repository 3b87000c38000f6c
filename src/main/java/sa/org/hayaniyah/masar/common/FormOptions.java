package sa.org.hayaniyah.masar.common;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Options of a Camunda Forms select that change at run time ({@code valuesKey}): a JSON variable of label and value
 * pairs, which Tasklist hands to the form as a list.
 */
public final class FormOptions {

	private static final ObjectMapper JSON = new ObjectMapper();

	private FormOptions() {
	}

	public static TypedValue of(List<Map<String, String>> options) {
		try {
			return SpinValues.jsonValue(JSON.writeValueAsString(options)).create();
		}
		catch (JsonProcessingException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

}
