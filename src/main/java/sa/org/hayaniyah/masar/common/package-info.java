/**
 * Shared kernel: the engine clock, dual Gregorian/Hijri dates, number sequences and personal-data masking.
 */
package sa.org.hayaniyah.masar.common;
