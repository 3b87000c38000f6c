/**
 * Shared kernel: the engine clock, dual Gregorian/Hijri dates, number sequences, personal-data masking and the trail
 * of who read or changed a family's record.
 */
@OwnsTables({ "sequence_counter", "personal_data_access" })
package sa.org.hayaniyah.masar.common;
