using System.Globalization;
using System.Text;
using CsvHelper;

namespace Thrive.Web.Features.Common;

/// <summary>
/// CSV files people download: RFC 4180 (fields with commas, quotes or line breaks quoted, quotes doubled), a header
/// row first, and each cell that a spreadsheet would read as a formula (starting with = + - @, a tab or a carriage
/// return) prefixed with a single quote.
/// </summary>
public static class CsvText
{
    public const string ContentType = "text/csv; charset=utf-8";

    /// <summary>A cell a spreadsheet shows as text, never runs as a formula.</summary>
    public static string SafeCell(string s) => s.Length > 0 && "=+-@\t\r".Contains(s[0], StringComparison.Ordinal) ? "'" + s : s;

    public static string Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(writer, CultureInfo.InvariantCulture))
        {
            foreach (var c in header) csv.WriteField(SafeCell(c));
            csv.NextRecord();
            foreach (var row in rows)
            {
                foreach (var cell in row) csv.WriteField(SafeCell(cell));
                csv.NextRecord();
            }
        }
        return writer.ToString();
    }

    /// <summary>The file's bytes, with a byte order mark so that spreadsheets read names as UTF-8.</summary>
    public static byte[] Bytes(string text) => Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray();
}
