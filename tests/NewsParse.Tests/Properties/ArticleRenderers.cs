using System.Net;
using System.Text;

namespace NewsParse.Tests.Properties;

/// <summary>Writes a generated article as a text dump or an HTML page, in several styles.</summary>
public static class ArticleRenderers
{
    public enum TextStyle { BlankLineSeparated, OneBlockALine, MarkdownHeadings }

    public enum HtmlStyle { Semantic, DivBased, WithChrome }

    public static string ToText(ArticleSpec spec, TextStyle style)
    {
        var blocks = new List<string>();
        if (spec.Headline is not null) blocks.Add(style == TextStyle.MarkdownHeadings ? "# " + spec.Headline : spec.Headline);
        foreach (var part in spec.Parts)
        {
            switch (part)
            {
                case SpecHeading h:
                    blocks.Add(style == TextStyle.MarkdownHeadings ? new string('#', h.Level) + " " + h.Text : h.Text);
                    break;
                case SpecParagraph p:
                    blocks.Add(p.Text);
                    break;
                case SpecList l:
                    blocks.Add(string.Join("\n", l.Items.Select(i => "- " + i)));
                    break;
                case SpecFaq f:
                    blocks.Add(style == TextStyle.MarkdownHeadings ? "## " + f.Heading : f.Heading);
                    foreach (var (q, a) in f.Items) blocks.Add("Q: " + q + (style == TextStyle.BlankLineSeparated ? "\n\n" : "\n") + "A: " + a);
                    break;
                case SpecBoilerplate b:
                    blocks.Add(b.Text);
                    break;
            }
        }
        return string.Join(style == TextStyle.OneBlockALine ? "\n" : "\n\n", blocks) + "\n";
    }

    public static string ToHtml(ArticleSpec spec, HtmlStyle style)
    {
        // A page without headline has no <title> either: a title is a headline for the parser.
        var html = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\">");
        if (spec.Headline is not null) html.Append("<title>").Append(E(spec.Headline)).Append("</title>");
        html.Append("</head><body>");
        if (style == HtmlStyle.WithChrome)
            html.Append("<header><nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/world\">World</a></li><li><a href=\"/sport\">Sport</a></li></ul></nav></header><main>");
        html.Append("<article>");
        if (spec.Headline is not null) html.Append(style == HtmlStyle.DivBased ? "<div class=\"title\">" : "<h1>").Append(E(spec.Headline)).Append(style == HtmlStyle.DivBased ? "</div>" : "</h1>");
        foreach (var part in spec.Parts)
        {
            switch (part)
            {
                case SpecHeading h when style == HtmlStyle.DivBased:
                    html.Append("<div class=\"subtitle\"><b>").Append(E(h.Text)).Append("</b></div>");
                    break;
                case SpecHeading h:
                    html.Append("<h").Append(h.Level).Append('>').Append(E(h.Text)).Append("</h").Append(h.Level).Append('>');
                    break;
                case SpecParagraph p:
                    html.Append(style == HtmlStyle.DivBased ? "<div class=\"text\">" : "<p>").Append(E(p.Text)).Append(style == HtmlStyle.DivBased ? "</div>" : "</p>");
                    break;
                case SpecList l:
                    html.Append("<ul>");
                    foreach (var item in l.Items) html.Append("<li>").Append(E(item)).Append("</li>");
                    html.Append("</ul>");
                    break;
                case SpecFaq f:
                    html.Append("<h2>").Append(E(f.Heading)).Append("</h2>");
                    foreach (var (q, a) in f.Items) html.Append("<h3>").Append(E(q)).Append("</h3><p>").Append(E(a)).Append("</p>");
                    break;
                case SpecBoilerplate b:
                    html.Append("<p>").Append(E(b.Text)).Append("</p>");
                    break;
            }
        }
        html.Append("</article>");
        if (style == HtmlStyle.WithChrome) html.Append("</main><footer><p>Contact the newsroom</p></footer>");
        return html.Append("</body></html>").ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
