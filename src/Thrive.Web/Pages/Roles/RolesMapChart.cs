using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Thrive.Web.Pages.Roles;

/// <summary>
/// The roles map as an inline SVG dot plot: one row per role, the dot at the average "could I see myself doing this?"
/// (1 to 5, left to right), its size the number of conversations; a dashed ring for a role not explored yet. Styled by
/// classes (site.css), so that the page's Content-Security-Policy holds; the table beside it says the same in words.
/// </summary>
public static class RolesMapChart
{
    private const int RowHeight = 30, Top = 26, Left = 215, PlotWidth = 360, Width = 600, LabelMax = 30;

    public static IHtmlContent Render(IReadOnlyList<RoleInterest> rows, string titleId)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var e = HtmlEncoder.Default;
        var height = Top + rows.Count * RowHeight + 8;
        var top = RolesMap.Top(rows);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"roles-map\" viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-labelledby=\"{titleId}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{titleId}\">Interest and conversations per role, as in the table below</title>");
        for (var f = 1; f <= 5; f++)
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"axis\" x1=\"{N(X(f))}\" y1=\"{Top - 8}\" x2=\"{N(X(f))}\" y2=\"{height - 4}\"></line><text class=\"axis-label\" x=\"{N(X(f))}\" y=\"{Top - 12}\" text-anchor=\"middle\">{f}</text>");
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            var y = Top + i * RowHeight + RowHeight / 2;
            var label = r.Role.Length > LabelMax ? r.Role[..(LabelMax - 1)] + "…" : r.Role;
            var words = r.Explored ? $"{r.Role}: {Conversations(r.Conversations)}, {N(r.AverageFit!.Value)} of 5" : $"{r.Role}: not explored yet";
            svg.Append(CultureInfo.InvariantCulture, $"<g><title>{e.Encode(words)}</title><text class=\"role-label{(r.Explored ? "" : " waiting")}\" x=\"0\" y=\"{y + 4}\">{e.Encode(label)}</text>");
            if (r.Explored)
            {
                var x = N(X(r.AverageFit!.Value));
                svg.Append(CultureInfo.InvariantCulture, $"<circle class=\"dot{(ReferenceEquals(r, top) ? " top" : "")}\" cx=\"{x}\" cy=\"{y}\" r=\"{6 + 3 * Math.Min(r.Conversations, 4)}\"></circle>");
                svg.Append(CultureInfo.InvariantCulture, $"<text class=\"dot-count\" x=\"{x}\" y=\"{y + 4}\" text-anchor=\"middle\">{r.Conversations}</text>");
            }
            else svg.Append(CultureInfo.InvariantCulture, $"<circle class=\"dot none\" cx=\"{Left}\" cy=\"{y}\" r=\"5\"></circle>");
            svg.Append("</g>");
        }
        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    private static double X(double fit) => Left + (fit - 1) / 4 * PlotWidth;

    private static string N(double d) => d.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Conversations(int n) => n == 1 ? "1 conversation" : $"{n} conversations";
}
