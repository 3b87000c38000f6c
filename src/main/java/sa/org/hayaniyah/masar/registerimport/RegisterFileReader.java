package sa.org.hayaniyah.masar.registerimport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.XMLFilterImpl;

import sa.org.hayaniyah.masar.common.InvalidInputException;

/**
 * Reads the register's rows from CSV (UTF-8 only, comma or semicolon) or XLSX (the first sheet, streamed through POI's
 * SAX reader, so a large sheet is never a tree in memory). Everything is bounded: the bytes before this (the
 * controller), the rows, the columns and each cell; a zip bomb is refused by POI's {@link ZipSecureFile} limits; a
 * formula cell is passed on marked as such, never evaluated. A file that cannot be read is a 400 with an Arabic message.
 */
final class RegisterFileReader {

	/** A cell that held a formula in the XLSX: refused by the rules whatever its cached value. */
	static final String FORMULA = "\u0000formula";

	static final int MAX_COLUMNS = 60;

	static final int MAX_CELL = 1_000;

	/** Limits for every XLSX read (static in POI): an entry that inflates over 100 times its size is a bomb. */
	static {
		ZipSecureFile.setMinInflateRatio(0.01);
		ZipSecureFile.setMaxEntrySize(200L * 1024 * 1024);
		ZipSecureFile.setMaxTextSize(100L * 1024 * 1024);
	}

	interface RowSink {

		/** A data row (1-based as the spreadsheet numbers it, the header being row 1). */
		void row(int rowNumber, Map<RegisterColumn, String> cells);

	}

	enum Format {
		CSV, XLSX
	}

	private final int maxRows;

	RegisterFileReader(int maxRows) {
		this.maxRows = maxRows;
	}

	static Format formatOf(byte[] bytes) {
		return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4 ? Format.XLSX
				: Format.CSV;
	}

	/** Reads every row into the sink; returns the number of data rows. */
	int read(byte[] bytes, RowSink sink) {
		if (bytes.length == 0) {
			throw refused("الملف فارغ", "the file is empty");
		}
		return formatOf(bytes) == Format.XLSX ? readXlsx(bytes, sink) : readCsv(bytes, sink);
	}

	private int readCsv(byte[] bytes, RowSink sink) {
		String text;
		try {
			CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
			text = utf8.decode(java.nio.ByteBuffer.wrap(bytes)).toString();
		}
		catch (CharacterCodingException notUtf8) {
			throw refused("الملف ليس بترميز UTF-8: احفظه من Excel بصيغة \"CSV UTF-8\" أو ارفع ملف XLSX",
					"the CSV file is not UTF-8");
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		if (text.indexOf('\u0000') >= 0) {
			throw refused("الملف ليس ملف CSV نصيًا ولا XLSX", "the file holds NUL characters: neither CSV nor XLSX");
		}
		String firstLine = text.lines().findFirst().orElse("");
		char delimiter = firstLine.indexOf(';') >= 0 && firstLine.indexOf(',') < 0 ? ';' : ',';
		Rows rows = new Rows(sink);
		try (Reader reader = new java.io.StringReader(text);
				CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get().parse(reader)) {
			for (CSVRecord record : parser) {
				List<String> cells = new ArrayList<>(record.size());
				record.forEach(cells::add);
				rows.add(cells);
			}
		}
		catch (SinkFailure failure) {
			throw failure.getCause();
		}
		catch (IOException | java.io.UncheckedIOException | IllegalStateException | IllegalArgumentException broken) {
			throw refused("تعذرت قراءة ملف CSV: تحقق من علامات التنصيص في الصف الأخير المقروء", "unreadable CSV: "
					+ broken.getMessage());
		}
		return rows.finish();
	}

	private int readXlsx(byte[] bytes, RowSink sink) {
		Rows rows = new Rows(sink);
		try (InputStream in = new ByteArrayInputStream(bytes); OPCPackage pkg = OPCPackage.open(in)) {
			XSSFReader xssf = new XSSFReader(pkg);
			ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
			XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) xssf.getSheetsData();
			if (!sheets.hasNext()) {
				throw refused("لا توجد ورقة في ملف Excel", "the workbook has no sheet");
			}
			try (InputStream sheet = sheets.next()) {
				Set<String> formulaCells = new HashSet<>();
				SheetContentsHandler contents = new SheetContentsHandler() {

					private List<String> cells;

					@Override
					public void startRow(int rowNum) {
						cells = new ArrayList<>();
						while (rows.read < rowNum) {
							rows.add(List.of()); // rows the sheet leaves out are empty rows
						}
					}

					@Override
					public void endRow(int rowNum) {
						rows.add(cells);
					}

					@Override
					public void cell(String reference, String value, XSSFComment comment) {
						int column = reference == null ? cells.size() : new CellReference(reference).getCol();
						if (column >= MAX_COLUMNS) {
							throw refused("في الملف أعمدة أكثر من المسموح (" + MAX_COLUMNS + ")", "too many columns");
						}
						while (cells.size() < column) {
							cells.add("");
						}
						cells.add(formulaCells.remove(reference) ? FORMULA : value == null ? "" : value);
					}

				};
				XMLFilterImpl formulas = new XMLFilterImpl(XMLHelper.newXMLReader()) {

					private String cell;

					@Override
					public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
						if ("c".equals(localName)) {
							cell = atts.getValue("r");
						}
						else if ("f".equals(localName) && cell != null) {
							formulaCells.add(cell);
						}
						super.startElement(uri, localName, qName, atts);
					}

				};
				formulas.setContentHandler(new XSSFSheetXMLHandler(xssf.getStylesTable(), strings, contents,
						new IsoDates(), false));
				formulas.parse(new InputSource(sheet));
			}
		}
		catch (InvalidInputException mistake) {
			throw mistake;
		}
		catch (SinkFailure failure) {
			throw failure.getCause();
		}
		catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException broken) {
			if (isZipBomb(broken)) {
				throw refused("ملف Excel مضغوط بنسبة غير معقولة (قد يكون ملفًا مفخخًا)؛ لم يُقرأ", "zip bomb: " + broken.getMessage());
			}
			throw refused("تعذرت قراءة ملف Excel: احفظه من جديد بصيغة XLSX", "unreadable XLSX");
		}
		return rows.finish();
	}

	private static boolean isZipBomb(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			String message = t.getMessage();
			if (message != null && (message.contains("Zip bomb") || message.contains("ZipSecureFile")
					|| message.contains("exceeded the max"))) {
				return true;
			}
		}
		return false;
	}

	/** A cell stored as an Excel date is read as its Gregorian date, year first: never a locale's month/day guess. */
	private static final class IsoDates extends DataFormatter {

		IsoDates() {
			super(Locale.ROOT);
		}

		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString) {
			if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
				return DateUtil.getLocalDateTime(value).toLocalDate().toString();
			}
			return super.formatRawCellContents(value, formatIndex, formatString);
		}

	}

	/** Header row, bounds, and the mapping of each row's cells to the template's columns. */
	private final class Rows {

		private final RowSink sink;

		private Map<Integer, RegisterColumn> columns;

		int read;

		private int data;

		Rows(RowSink sink) {
			this.sink = sink;
		}

		void add(List<String> cells) {
			read++;
			if (cells.size() > MAX_COLUMNS) {
				throw refused("في الملف أعمدة أكثر من المسموح (" + MAX_COLUMNS + ")", "too many columns");
			}
			if (columns == null) {
				if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
					return; // leading empty lines
				}
				columns = header(cells);
				return;
			}
			if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
				return;
			}
			if (++data > maxRows) {
				throw refused("في الملف صفوف أكثر من المسموح (" + maxRows + ")؛ قسّمه إلى ملفات أصغر", "more than "
						+ maxRows + " rows");
			}
			Map<RegisterColumn, String> row = new EnumMap<>(RegisterColumn.class);
			for (int i = 0; i < cells.size(); i++) {
				RegisterColumn column = columns.get(i);
				String cell = cells.get(i);
				if (column != null && cell != null) {
					row.put(column, cell.length() > MAX_CELL ? cell.substring(0, MAX_CELL) + "…" : cell);
				}
			}
			try {
				sink.row(read, row);
			}
			catch (InvalidInputException mistake) {
				throw mistake;
			}
			catch (RuntimeException fromTheSink) {
				// the import's own failure (the database, a stop): passed on as it is, never "the file is unreadable"
				throw new SinkFailure(fromTheSink);
			}
		}

		int finish() {
			if (columns == null) {
				throw refused("الملف فارغ: لا صف عناوين ولا بيانات", "the file has no header row");
			}
			if (data == 0) {
				throw refused("لا توجد صفوف بيانات تحت صف العناوين", "the file has a header row and no data");
			}
			return data;
		}

		private Map<Integer, RegisterColumn> header(List<String> cells) {
			Map<Integer, RegisterColumn> found = new java.util.HashMap<>();
			List<String> unknown = new ArrayList<>();
			for (int i = 0; i < cells.size(); i++) {
				String cell = cells.get(i) == null ? "" : cells.get(i).strip();
				if (cell.isEmpty()) {
					continue;
				}
				Optional<RegisterColumn> column = RegisterColumn.byHeader(cell);
				if (column.isEmpty()) {
					unknown.add(cell.length() > 40 ? cell.substring(0, 40) + "…" : cell);
				}
				else if (found.containsValue(column.get())) {
					throw refused("العمود \"" + column.get().header + "\" مكرر في صف العناوين", "duplicate column");
				}
				else {
					found.put(i, column.get());
				}
			}
			List<String> missing = java.util.Arrays.stream(RegisterColumn.values())
				.filter(c -> c.requiredHeader && !found.containsValue(c))
				.map(c -> c.header)
				.toList();
			if (!missing.isEmpty() || !unknown.isEmpty()) {
				List<String> parts = new ArrayList<>();
				if (!missing.isEmpty()) {
					parts.add("أعمدة ناقصة: " + String.join("، ", missing));
				}
				if (!unknown.isEmpty()) {
					parts.add("أعمدة غير معروفة: " + String.join("، ", unknown));
				}
				throw refused("صف العناوين لا يطابق النموذج (" + String.join("؛ ", parts) + "). نزّل النموذج واستعمل عناوينه",
						"the header row does not match the template");
			}
			return found;
		}

	}

	private static final class SinkFailure extends RuntimeException {

		SinkFailure(RuntimeException cause) {
			super(cause);
		}

		@Override
		public synchronized RuntimeException getCause() {
			return (RuntimeException) super.getCause();
		}

	}

	static InvalidInputException refused(String arabic, String english) {
		return InvalidInputException.of("file", arabic, english);
	}

}
