package sa.org.hayaniyah.masar.notification;

import java.util.List;

/**
 * A table of a report on the letterhead ({@link OfficialLetters#renderReport}), given in reading order. openhtmltopdf
 * lays a table's first cell on the left whatever the direction, so the cells are written last to first. Widths are
 * set, or the automatic layout squeezes the longest text to a word a line; without the line height Amiri's tall line
 * box doubles every row. The header row repeats on every page and no row is split across two.
 */
public final class ReportTable {

	public record Column(String title, int widthPercent) {
	}

	private final StringBuilder html;

	/** {@code style}: CSS added to the table's own, such as a smaller font; empty for none. */
	public ReportTable(List<Column> columns, String style) {
		html = new StringBuilder("<table class=\"data\" style=\"line-height: 1.3; -fs-table-paginate: paginate; ")
			.append(style)
			.append("\"><thead><tr>");
		for (int i = columns.size() - 1; i >= 0; i--) {
			Column column = columns.get(i);
			html.append("<th style=\"width: ").append(column.widthPercent()).append("%\">")
				.append(OfficialLetters.escape(column.title()))
				.append("</th>");
		}
		html.append("</tr></thead><tbody>");
	}

	/** One row, its cells in reading order and already HTML (escaped text). */
	public ReportTable row(List<String> cells) {
		html.append("<tr style=\"page-break-inside: avoid\">");
		for (int i = cells.size() - 1; i >= 0; i--) {
			html.append("<td>").append(cells.get(i)).append("</td>");
		}
		html.append("</tr>");
		return this;
	}

	@Override
	public String toString() {
		return html + "</tbody></table>";
	}

	/** Latin text (numbers, reference numbers, user ids) kept left to right inside the Arabic line, and whole. */
	public static String latin(String text) {
		return "<span dir=\"ltr\" style=\"white-space: nowrap\">" + OfficialLetters.escape(text) + "</span>";
	}

}
