package sa.org.hayaniyah.masar.tasklist;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import sa.org.hayaniyah.masar.common.FormValues;
import sa.org.hayaniyah.masar.common.InvalidInputException;
import sa.org.hayaniyah.masar.common.InvalidInputException.Violation;

/**
 * Refuses, field by field and in Arabic, a typed date that cannot be read in the calendar chosen beside it, before any
 * other listener records the form. What was typed stays in the variables exactly as typed; the other listeners read
 * it with the same rule ({@code IdExpiryDate}, {@code FormValues.date}).
 */
@Component
public class TypedDatesListener implements TaskListener {

	/** A date field, the field with its calendar choice (null: Gregorian only) and its Arabic name. */
	record DateField(String key, String calendarKey, String arabicName) {
	}

	static final List<DateField> FIELDS = List.of(new DateField("dateOfBirth", "dateOfBirthCalendar", "تاريخ الميلاد"),
			new DateField("idExpiryDate", "idExpiryCalendar", "تاريخ انتهاء الهوية"),
			new DateField("visitDate", null, "تاريخ الزيارة"), new DateField("deliveredOn", null, "تاريخ تقديم الخدمة"));

	@Override
	public void notify(DelegateTask task) {
		List<Violation> violations = new ArrayList<>();
		for (DateField field : FIELDS) {
			String typed = FormValues.text(task.getVariable(field.key()));
			if (typed == null) {
				continue;
			}
			Object chosen = field.calendarKey() == null ? TypedDate.Calendar.GREGORIAN.name() : task.getVariable(field.calendarKey());
			if (chosen == null) {
				// not from the form (REST clients, a renewal's copied data): the verifier reads it as before
				continue;
			}
			TypedDate.Calendar calendar = FormValues.enumValue(TypedDate.Calendar.class, chosen);
			if (calendar == null) {
				violations.add(new Violation(field.calendarKey(), "اختر التقويم: هجري أو ميلادي",
						field.calendarKey() + " must be HIJRI or GREGORIAN"));
			}
			else if (TypedDate.parse(typed, calendar).isEmpty()) {
				String example = calendar == TypedDate.Calendar.HIJRI ? "1450-03-12 هجري" : "2028-09-01 ميلادي";
				violations.add(new Violation(field.key(),
						field.arabicName() + " ليس تاريخًا " + (calendar == TypedDate.Calendar.HIJRI ? "هجريًا" : "ميلاديًا")
								+ " صحيحًا: اكتبه السنة-الشهر-اليوم مثل " + example,
						field.key() + " is not a " + calendar + " date written yyyy-mm-dd"));
			}
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
	}

}
